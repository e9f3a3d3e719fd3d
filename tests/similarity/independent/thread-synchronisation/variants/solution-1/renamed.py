import threading
from collections import OrderedDict


class _v0_dao:
    """One in-flight call to the loader, shared by every caller asking for its key."""

    def __init__(self):
        self.v5_eno = threading.Event()
        self.value = None
        self.v6_ror = None

    def v10_tlu(self):
        self.v5_eno.wait()
        if self.v6_ror is not None:
            raise self.v6_ror
        return self.value


class BoundedCache:
    """Thread-safe LRU cache that loads missing keys on demand, once per key."""

    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError("capacity must be at least 1, got {!r}".format(capacity))
        self.capacity = capacity
        self.loader = loader
        self._v1_sei = OrderedDict()
        self._v2_gni = {}
        self._v3_kco = threading.Lock()

    def get(self, key):
        with self._v3_kco:
            if key in self._v1_sei:
                self._v1_sei.move_to_end(key)
                return self._v1_sei[key]
            v8_dao = self._v2_gni.get(key)
            if v8_dao is not None:
                v9_ren = False
            else:
                v8_dao = self._v2_gni[key] = _v0_dao()
                v9_ren = True

        if not v9_ren:
            return v8_dao.v10_tlu()
        return self._v4_dao(key, v8_dao)

    def _v4_dao(self, key, v8_dao):
        # The loader runs without the lock so loads of other keys proceed in parallel.
        try:
            value = self.loader(key)
        except BaseException as v7_cxe:
            with self._v3_kco:
                del self._v2_gni[key]
            v8_dao.v6_ror = v7_cxe
            v8_dao.v5_eno.set()
            raise

        with self._v3_kco:
            del self._v2_gni[key]
            self._v1_sei[key] = value
            self._v1_sei.move_to_end(key)
            while len(self._v1_sei) > self.capacity:
                self._v1_sei.popitem(last=False)
        v8_dao.value = value
        v8_dao.v5_eno.set()
        return value

    def keys(self):
        with self._v3_kco:
            return list(self._v1_sei)
