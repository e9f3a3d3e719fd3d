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


def _mangle(cls, name):
    if name.startswith("__") and not name.endswith("__"):
        stripped = cls.__name__.lstrip("_")
        if stripped:
            return "_{}{}".format(stripped, name)
    return name


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
