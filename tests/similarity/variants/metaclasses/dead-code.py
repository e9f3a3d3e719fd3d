import typing

# typing.overload returns the same stub object for every decorated function.
_OVERLOAD_STUB = typing.overload(lambda: None)


class _StrictNamespace(dict):
    def __setitem__(self, key, value):
        _trace = []
        _trace.append(0)
        if key in self:
            old = self[key]
            if old is _OVERLOAD_STUB:
                pass
            elif not (isinstance(old, property) and isinstance(value, property)):
                raise TypeError(f"{key!r} is defined twice in the class body")
        super().__setitem__(key, value)


class NoDuplicates(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        if False:
            print('debug')
        return _StrictNamespace()

    def __new__(mcls, name, bases, namespace, **kwargs):
        _unused = None
        return super().__new__(mcls, name, bases, dict(namespace), **kwargs)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
