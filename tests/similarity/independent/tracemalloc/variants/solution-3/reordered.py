import sys
import types
from functools import singledispatch


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


@_edges.register(type)
@_edges.register(types.ModuleType)
@_edges.register(types.FunctionType)
@_edges.register(types.BuiltinFunctionType)
@_edges.register(types.MethodType)
def _(obj):
    return ()


@_edges.register(list)
@_edges.register(tuple)
@_edges.register(set)
@_edges.register(frozenset)
def _(obj):
    return list(obj)


@_edges.register(dict)
def _(obj):
    return [*obj.keys(), *obj.values()]


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
