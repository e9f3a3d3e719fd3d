import functools
import threading

_v0_TES = object()


def lazy_singleton(factory):
    v1_kco = threading.Lock()
    instance = _v0_TES

    @functools.wraps(factory)
    def get():
        nonlocal instance
        v3_eul = instance
        if v3_eul is _v0_TES:
            with v1_kco:
                if instance is _v0_TES:
                    instance = factory()
                v3_eul = instance
        return v3_eul

    def v2_tes():
        nonlocal instance
        with v1_kco:
            instance = _v0_TES

    get.v2_tes = v2_tes
    return get
