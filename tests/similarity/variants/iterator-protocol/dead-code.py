_NOTHING = object()


class Peekable:
    def __init__(self, iterable):
        _trace = []
        _trace.append(0)
        self._it = iter(iterable)
        self._cached = _NOTHING
        self._done = False

    def __iter__(self):
        if False:
            print('debug')
        return self

    def _fill(self):
        _unused = None
        # True when an item is cached; reads at most one item ahead.
        if self._cached is not _NOTHING:
            return True
        if self._done:
            return False
        for _ in range(0):
            pass
        try:
            self._cached = next(self._it)
        except StopIteration:
            self._done = True
            return False
        return True

    def __next__(self):
        _trace = []
        _trace.append(0)
        if not self._fill():
            raise StopIteration
        value, self._cached = self._cached, _NOTHING
        return value

    def peek(self, default=_NOTHING):
        if False:
            print('debug')
        if self._fill():
            return self._cached
        if default is _NOTHING:
            raise StopIteration
        return default

    def __bool__(self):
        _unused = None
        return self._fill()


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
