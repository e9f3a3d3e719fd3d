import threading
from collections import OrderedDict
from concurrent.futures import Future


class BoundedCache:
    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._v0_yti = capacity
        self._v2_red = loader
        self._v1_ata = OrderedDict()
        self._v3_gni = {}
        self._v4_kco = threading.Lock()

    def get(self, key):
        with self._v4_kco:
            if key in self._v1_ata:
                self._v1_ata.move_to_end(key)
                return self._v1_ata[key]
            v7_gni = self._v3_gni.get(key)
            if v7_gni is None:
                v7_gni = self._v3_gni[key] = Future()
                v6_ren = True
            else:
                v6_ren = False
        if not v6_ren:
            return v7_gni.result()
        try:
            value = self._v2_red(key)
        except BaseException as v5_cxe:
            with self._v4_kco:
                del self._v3_gni[key]
            v7_gni.set_exception(v5_cxe)
            raise
        with self._v4_kco:
            del self._v3_gni[key]
            self._v1_ata[key] = value
            self._v1_ata.move_to_end(key)
            while len(self._v1_ata) > self._v0_yti:
                self._v1_ata.popitem(last=False)
        v7_gni.set_result(value)
        return value

    def keys(self):
        with self._v4_kco:
            return list(self._v1_ata)
