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

_OPAQUE = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)


def deep_sizeof(obj):
    seen = set()
    total = 0
    stack = [obj]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        total += sys.getsizeof(current)
        if isinstance(current, dict):
            stack.extend(current.keys())
            stack.extend(current.values())
        elif isinstance(current, (list, tuple, set, frozenset)):
            stack.extend(current)
        elif not isinstance(current, _OPAQUE):
            if hasattr(current, "__dict__"):
                stack.append(vars(current))
            for cls in type(current).__mro__:
                for attr in vars(cls).values():
                    if isinstance(attr, types.MemberDescriptorType):
                        try:
                            stack.append(attr.__get__(current, cls))
                        except AttributeError:
                            pass
    return total


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
