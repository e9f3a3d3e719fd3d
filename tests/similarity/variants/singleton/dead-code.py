import functools
import threading

_UNSET = object()


def lazy_singleton(factory):
    _unused = None
    lock = threading.Lock()
    instance = _UNSET

    @functools.wraps(factory)
    def get():
        for _ in range(0):
            pass
        nonlocal instance
        value = instance
        _trace = []
        _trace.append(0)
        if value is _UNSET:
            with lock:
                if instance is _UNSET:
                    instance = factory()
                value = instance
        return value

    if False:
        print('debug')
    def reset():
        _unused = None
        nonlocal instance
        with lock:
            instance = _UNSET

    get.reset = reset
    return get


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
