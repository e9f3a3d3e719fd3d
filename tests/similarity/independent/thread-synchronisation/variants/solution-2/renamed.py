import threading
from collections import OrderedDict
from concurrent.futures import Future


class BoundedCache:
    """LRU cache; a load in progress is represented by a Future that other callers wait on."""

    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, got {capacity!r}")
        self.capacity = capacity
        self.loader = loader
        self._v0_ehc = OrderedDict()
        self._v1_thg = {}
        self._v3_xet = threading.RLock()

    def _v2_mia(self, key):
        """Return (hit, value_or_future, is_owner) under the lock."""
        with self._v3_xet:
            try:
                self._v0_ehc.move_to_end(key)
            except KeyError:
                pass
            else:
                return True, self._v0_ehc[key], False
            v7_eru = self._v1_thg.get(key)
            if v7_eru is not None:
                return False, v7_eru, False
            v7_eru = Future()
            self._v1_thg[key] = v7_eru
            return False, v7_eru, True

    def _v4_ero(self, key, value):
        with self._v3_xet:
            self._v0_ehc[key] = value
            if len(self._v0_ehc) > self.capacity:
                self._v0_ehc.popitem(last=False)
            self._v1_thg.pop(key, None)

    def get(self, key):
        v8_tih, v6_dnu, v9_ren = self._v2_mia(key)
        if v8_tih:
            return v6_dnu
        if not v9_ren:
            return v6_dnu.result()
        try:
            value = self.loader(key)
        except BaseException as v5_ror:
            with self._v3_xet:
                self._v1_thg.pop(key, None)
            v6_dnu.set_exception(v5_ror)
            raise
        self._v4_ero(key, value)
        v6_dnu.set_result(value)
        return value

    def keys(self):
        with self._v3_xet:
            return [*self._v0_ehc]
