import threading
import functools

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
