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


import sys
import types

# Objects counted shallowly: we never look inside them.
_OPAQUE_TYPES = (
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
)


def deep_sizeof(obj):
    """Total ``sys.getsizeof`` of ``obj`` and everything reachable from it.

    Each distinct object is counted once. Traversal uses an explicit stack so
    cycles and very deep structures are both fine.
    """
    seen = set()
    total = 0
    stack = [obj]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        total += sys.getsizeof(current)
        stack.extend(_referents(current))
    return total


def _referents(obj):
    if isinstance(obj, _OPAQUE_TYPES):
        return []
    if isinstance(obj, dict):
        children = []
        for key, value in obj.items():
            children.append(key)
            children.append(value)
        return children
    if isinstance(obj, (list, tuple, set, frozenset)):
        return list(obj)

    children = []
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        instance_dict = None
    if isinstance(instance_dict, dict):
        children.append(instance_dict)
    children.extend(_slot_values(obj))
    return children


def _slot_values(obj):
    values = []
    for cls in type(obj).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            descriptor = cls.__dict__.get(_mangle(cls, name))
            if descriptor is None or not hasattr(descriptor, "__get__"):
                continue
            try:
                values.append(descriptor.__get__(obj, cls))
            except AttributeError:
                pass  # slot declared but never assigned
    return values


def _mangle(cls, name):
    if name.startswith("__") and not name.endswith("__"):
        stripped = cls.__name__.lstrip("_")
        if stripped:
            return "_{}{}".format(stripped, name)
    return name


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
