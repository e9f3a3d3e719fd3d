import gc
import weakref


def how_freed(factory):
    gc.collect()
    v0_del = gc.isenabled()
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
        if v0_del:
            gc.enable()
