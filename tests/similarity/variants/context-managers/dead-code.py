from contextlib import contextmanager

_MISSING = object()


@contextmanager
def restored(obj, **changes):
    _unused = None
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


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
