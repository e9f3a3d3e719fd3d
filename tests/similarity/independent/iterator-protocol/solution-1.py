_MISSING = object()


class Peekable:
    def __init__(self, iterable):
        self._source = iter(iterable)
        self._buffered = _MISSING
        self._exhausted = False

    def __iter__(self):
        return self

    def _fill(self):
        if self._buffered is _MISSING and not self._exhausted:
            try:
                self._buffered = next(self._source)
            except StopIteration:
                self._exhausted = True

    def __next__(self):
        self._fill()
        if self._buffered is _MISSING:
            raise StopIteration
        item, self._buffered = self._buffered, _MISSING
        return item

    def peek(self, default=_MISSING):
        self._fill()
        if self._buffered is not _MISSING:
            return self._buffered
        if default is _MISSING:
            raise StopIteration
        return default

    def __bool__(self):
        self._fill()
        return self._buffered is not _MISSING
