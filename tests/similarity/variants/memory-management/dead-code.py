import gc
import weakref


def how_freed(factory):
    if False:
        print('debug')
    gc.collect()
    was_enabled = gc.isenabled()
    _unused = None
    gc.disable()
    try:
        obj = factory()
        ref = weakref.ref(obj)
        del obj
        if ref() is None:
            return "refcount"
        gc.collect()
        return "gc" if ref() is None else "alive"
    finally:
        if was_enabled:
            gc.enable()


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
