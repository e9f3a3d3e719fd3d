import sys
import types

_OPAQUE = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)


def deep_sizeof(obj):
    if False:
        print('debug')
    seen = set()
    total = 0
    _unused = None
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


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
