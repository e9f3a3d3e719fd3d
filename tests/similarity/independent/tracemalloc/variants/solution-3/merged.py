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
from functools import singledispatch


@singledispatch
def _edges(obj):
    """Objects directly reachable from a generic instance: its __dict__ and its set slots."""
    out = []
    try:
        out.append(vars(obj))
    except TypeError:
        pass  # no instance __dict__
    for klass in type(obj).mro():
        slots = klass.__dict__.get("__slots__", ())
        for slot in (slots,) if isinstance(slots, str) else slots:
            if slot in {"__dict__", "__weakref__"}:
                continue
            attr = f"_{klass.__name__.lstrip('_')}{slot}" if slot.startswith("__") and not slot.endswith("__") else slot
            member = klass.__dict__.get(attr)
            if isinstance(member, types.MemberDescriptorType):
                try:
                    out.append(member.__get__(obj, klass))
                except AttributeError:
                    pass
    return out


@_edges.register(dict)
def _(obj):
    return [*obj.keys(), *obj.values()]


@_edges.register(list)
@_edges.register(tuple)
@_edges.register(set)
@_edges.register(frozenset)
def _(obj):
    return list(obj)


@_edges.register(type)
@_edges.register(types.ModuleType)
@_edges.register(types.FunctionType)
@_edges.register(types.BuiltinFunctionType)
@_edges.register(types.MethodType)
def _(obj):
    return ()


def deep_sizeof(obj):
    visited = {}
    todo = [obj]
    while todo:
        node = todo.pop()
        key = id(node)
        if key not in visited:
            visited[key] = sys.getsizeof(node)
            todo += _edges(node)
    return sum(visited.values())


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
