import weakref
import gc


def how_freed(factory):
    gc.collect()
    was_enabled = gc.isenabled()
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
