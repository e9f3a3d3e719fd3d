import typing

# typing.overload returns the same stub object for every decorated function.
_OVERLOAD_STUB = typing.overload(lambda: None)


class _StrictNamespace(dict):
    def __setitem__(self, key, value):
        if key in self:
            old = self[key]
            if old is _OVERLOAD_STUB:
                pass
            elif not (isinstance(old, property) and isinstance(value, property)):
                raise TypeError(f"{key!r} is defined twice in the class body")
        super().__setitem__(key, value)


class NoDuplicates(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, dict(namespace), **kwargs)

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return _StrictNamespace()
