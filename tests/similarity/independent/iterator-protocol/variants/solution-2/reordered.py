class Peekable:
    """Iterator wrapper with one item of look-ahead.

    ``_head`` is an empty tuple when nothing is buffered, or a 1-tuple holding the
    next item; ``_it`` becomes None once the source is exhausted so it is never
    called again.
    """

    def __bool__(self):
        return bool(self._look_ahead())

    def peek(self, *default):
        if len(default) > 1:
            raise TypeError(f"peek() takes at most 1 argument ({len(default)} given)")
        head = self._look_ahead()
        if head:
            return head[0]
        if default:
            return default[0]
        raise StopIteration

    def __next__(self):
        head = self._look_ahead()
        if not head:
            raise StopIteration
        self._head = ()
        return head[0]

    def _look_ahead(self):
        if not self._head and self._it is not None:
            for item in self._it:
                self._head = (item,)
                break
            else:
                self._it = None
        return self._head

    def __iter__(self):
        return self

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._head = ()
