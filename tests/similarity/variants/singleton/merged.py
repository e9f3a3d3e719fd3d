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


import functools
import threading

_UNSET = object()


def lazy_singleton(factory):
    lock = threading.Lock()
    instance = _UNSET

    @functools.wraps(factory)
    def get():
        nonlocal instance
        value = instance
        if value is _UNSET:
            with lock:
                if instance is _UNSET:
                    instance = factory()
                value = instance
        return value

    def reset():
        nonlocal instance
        with lock:
            instance = _UNSET

    get.reset = reset
    return get


from contextlib import contextmanager

_MISSING = object()


@contextmanager
def restored(obj, **changes):
    own = vars(obj)
    saved = {name: own.get(name, _MISSING) for name in changes}
    try:
        for name, value in changes.items():
            setattr(obj, name, value)
        yield obj
    finally:
        for name, old in saved.items():
            if old is not _MISSING:
                setattr(obj, name, old)
            elif name in vars(obj):
                # it was missing or only inherited from the class: remove the
                # instance attribute so the class attribute shows through again
                delattr(obj, name)
