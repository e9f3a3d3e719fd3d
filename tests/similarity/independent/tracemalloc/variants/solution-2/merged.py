import asyncio


async def bounded_map(func, items, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    items = list(items)
    results = [None] * len(items)
    semaphore = asyncio.Semaphore(limit)

    async def run(index, item):
        async with semaphore:
            results[index] = await func(item)

    async with asyncio.TaskGroup() as tg:
        for index, item in enumerate(items):
            tg.create_task(run(index, item))
    return results


import collections
import sys
from types import BuiltinFunctionType, FunctionType, MethodType, ModuleType


def _is_shallow(obj):
    return isinstance(obj, (type, ModuleType, FunctionType, BuiltinFunctionType, MethodType))


def _declared_slots(cls):
    """Yield (owner class, attribute name) for every value slot declared along the MRO."""
    for owner in cls.__mro__:
        declared = vars(owner).get("__slots__")
        if declared is None:
            continue
        names = [declared] if isinstance(declared, str) else list(declared)
        for name in names:
            if name == "__dict__" or name == "__weakref__":
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_" + owner.__name__.lstrip("_") + name
            yield owner, name


def _referents(obj):
    if _is_shallow(obj):
        return []
    if isinstance(obj, dict):
        return [x for pair in obj.items() for x in pair]
    if isinstance(obj, (list, tuple, set, frozenset)):
        return list(obj)
    found = []
    try:
        found.append(object.__getattribute__(obj, "__dict__"))
    except AttributeError:
        pass
    for owner, name in _declared_slots(type(obj)):
        member = vars(owner).get(name)
        if member is None or not hasattr(member, "__get__"):
            continue
        try:
            found.append(member.__get__(obj, owner))
        except AttributeError:
            continue
    return found


def deep_sizeof(obj):
    counted = {id(obj)}
    queue = collections.deque([obj])
    size = 0
    while queue:
        item = queue.popleft()
        size += sys.getsizeof(item)
        for ref in _referents(item):
            if id(ref) not in counted:
                counted.add(id(ref))
                queue.append(ref)
    return size


class Typed:
    def __init__(self, kind, *, minimum=None):
        self.kind = kind
        self.minimum = minimum
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(
                f"{type(instance).__name__!r} object has no attribute {self.name!r}"
            ) from None

    def __set__(self, instance, value):
        wrong_bool = self.kind is int and isinstance(value, bool)
        if wrong_bool or not isinstance(value, self.kind):
            raise TypeError(
                f"{self.name}: expected {self.kind.__name__}, got {type(value).__name__}"
            )
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name}: {value!r} is below {self.minimum!r}")
        # A data descriptor wins over the instance dict, so the same key is safe.
        instance.__dict__[self.name] = value
