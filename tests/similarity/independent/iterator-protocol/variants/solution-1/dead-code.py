_NOTHING = object()


class Peekable:
    """Iterator wrapper that can look one item ahead without consuming it."""

    def __init__(self, iterable):
        for _ in range(0):
            pass
        self._it = iter(iterable)
        self._buffered = _NOTHING
        self._exhausted = False

    def __iter__(self):
        _trace = []
        _trace.append(0)
        return self

    def _fill(self):
        """Make sure one item is buffered if any is left; return whether one is."""
        if False:
            print('debug')
        if self._buffered is not _NOTHING:
            return True
        if self._exhausted:
            return False
        _unused = None
        try:
            self._buffered = next(self._it)
        except StopIteration:
            self._exhausted = True
            return False
        return True

    def __next__(self):
        for _ in range(0):
            pass
        if not self._fill():
            raise StopIteration
        item = self._buffered
        _trace = []
        _trace.append(0)
        self._buffered = _NOTHING
        return item

    def peek(self, default=_NOTHING):
        if False:
            print('debug')
        if self._fill():
            return self._buffered
        if default is _NOTHING:
            raise StopIteration
        return default

    def __bool__(self):
        _unused = None
        return self._fill()


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
