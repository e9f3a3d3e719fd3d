import typing

# typing.overload returns the same stub object for every decorated function.
_v0_BUT = typing.overload(lambda: None)


class _v1_eca(dict):
    def __setitem__(v3_fle, key, v4_eul):
        if key in v3_fle:
            v2_dlo = v3_fle[key]
            if v2_dlo is _v0_BUT:
                pass
            elif not (isinstance(v2_dlo, property) and isinstance(v4_eul, property)):
                raise TypeError(f"{key!r} is defined twice in the class body")
        super().__setitem__(key, v4_eul)


class NoDuplicates(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return _v1_eca()

    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, dict(namespace), **kwargs)
