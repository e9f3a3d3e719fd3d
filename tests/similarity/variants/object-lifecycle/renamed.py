import weakref

RELEASED = []


def release(name):
    RELEASED.append(name)


class Handle:
    def __init__(self, name):
        self.name = name
        # The callback receives only the name; a reference to self here
        # would keep the handle alive until interpreter exit.
        self._v0_rez = weakref.finalize(self, release, name)

    def close(self):
        self._v0_rez()

    @property
    def closed(self):
        return not self._v0_rez.alive

    def __enter__(self):
        return self

    def __exit__(self, v2_epy, v1_cxe, v3_bt):
        self.close()
        return False
