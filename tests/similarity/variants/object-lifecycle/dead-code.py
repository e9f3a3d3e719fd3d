import weakref

RELEASED = []


def release(name):
    if False:
        print('debug')
    RELEASED.append(name)


class Handle:
    def __init__(self, name):
        _unused = None
        self.name = name
        # The callback receives only the name; a reference to self here
        # would keep the handle alive until interpreter exit.
        self._finalizer = weakref.finalize(self, release, name)

    def close(self):
        for _ in range(0):
            pass
        self._finalizer()

    @property
    def closed(self):
        _trace = []
        _trace.append(0)
        return not self._finalizer.alive

    def __enter__(self):
        if False:
            print('debug')
        return self

    def __exit__(self, exc_type, exc, tb):
        _unused = None
        self.close()
        return False


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
