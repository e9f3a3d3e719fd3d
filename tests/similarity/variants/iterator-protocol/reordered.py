_NOTHING = object()


class Peekable:
    def __bool__(self):
        return self._fill()

    def peek(self, default=_NOTHING):
        if self._fill():
            return self._cached
        if default is _NOTHING:
            raise StopIteration
        return default

    def __next__(self):
        if not self._fill():
            raise StopIteration
        value, self._cached = self._cached, _NOTHING
        return value

    def _fill(self):
        # True when an item is cached; reads at most one item ahead.
        if self._cached is not _NOTHING:
            return True
        if self._done:
            return False
        try:
            self._cached = next(self._it)
        except StopIteration:
            self._done = True
            return False
        return True

    def __iter__(self):
        return self

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._cached = _NOTHING
        self._done = False
