_NOTHING = object()


class Peekable:
    """Iterator wrapper that can look one item ahead without consuming it."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buffered = _NOTHING
        self._exhausted = False

    def __iter__(self):
        return self

    def _fill(self):
        """Make sure one item is buffered if any is left; return whether one is."""
        if self._buffered is not _NOTHING:
            return True
        if self._exhausted:
            return False
        try:
            self._buffered = next(self._it)
        except StopIteration:
            self._exhausted = True
            return False
        return True

    def __next__(self):
        if not self._fill():
            raise StopIteration
        item = self._buffered
        self._buffered = _NOTHING
        return item

    def peek(self, default=_NOTHING):
        if self._fill():
            return self._buffered
        if default is _NOTHING:
            raise StopIteration
        return default

    def __bool__(self):
        return self._fill()
