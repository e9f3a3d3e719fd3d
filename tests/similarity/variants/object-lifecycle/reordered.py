import weakref

RELEASED = []


def release(name):
    RELEASED.append(name)


class Handle:
    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False

    def __enter__(self):
        return self

    @property
    def closed(self):
        return not self._finalizer.alive

    def close(self):
        self._finalizer()

    def __init__(self, name):
        self.name = name
        # The callback receives only the name; a reference to self here
        # would keep the handle alive until interpreter exit.
        self._finalizer = weakref.finalize(self, release, name)
