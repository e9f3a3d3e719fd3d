import sys
import types

_OPAQUE = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType)


def _slot_values(obj):
    for cls in type(obj).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{cls.__name__.lstrip('_')}{name}"
            descriptor = cls.__dict__.get(name)
            if descriptor is None:
                continue
            try:
                yield descriptor.__get__(obj, cls)
            except AttributeError:
                pass  # slot declared but never set


def _children(obj):
    if isinstance(obj, _OPAQUE):
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield key
            yield value
    elif isinstance(obj, (list, tuple, set, frozenset)):
        yield from obj
    else:
        instance_dict = getattr(obj, "__dict__", None)
        if isinstance(instance_dict, dict):
            yield instance_dict
        yield from _slot_values(obj)


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
        stack.extend(_children(current))
    return total
