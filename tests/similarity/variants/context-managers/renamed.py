from contextlib import contextmanager

_v0_GNI = object()


@contextmanager
def restored(obj, **changes):
    v2_nwo = vars(obj)
    v3_dev = {name: v2_nwo.get(name, _v0_GNI) for name in changes}
    try:
        for name, value in changes.items():
            setattr(obj, name, value)
        yield obj
    finally:
        for name, v1_dlo in v3_dev.items():
            if v1_dlo is not _v0_GNI:
                setattr(obj, name, v1_dlo)
            elif name in vars(obj):
                # it was missing or only inherited from the class: remove the
                # instance attribute so the class attribute shows through again
                delattr(obj, name)
