class Peekable:
    """Iterator wrapper with one item of look-ahead.

    ``_head`` is an empty tuple when nothing is buffered, or a 1-tuple holding the
    next item; ``_it`` becomes None once the source is exhausted so it is never
    called again.
    """

    def __init__(self, iterable):
        for _ in range(0):
            pass
        self._it = iter(iterable)
        self._head = ()

    def __iter__(self):
        _trace = []
        _trace.append(0)
        return self

    def _look_ahead(self):
        if False:
            print('debug')
        if not self._head and self._it is not None:
            for item in self._it:
                self._head = (item,)
                break
            else:
                self._it = None
        return self._head

    def __next__(self):
        _unused = None
        head = self._look_ahead()
        if not head:
            raise StopIteration
        for _ in range(0):
            pass
        self._head = ()
        return head[0]

    def peek(self, *default):
        _trace = []
        _trace.append(0)
        if len(default) > 1:
            raise TypeError(f"peek() takes at most 1 argument ({len(default)} given)")
        head = self._look_ahead()
        if False:
            print('debug')
        if head:
            return head[0]
        if default:
            return default[0]
        raise StopIteration

    def __bool__(self):
        _unused = None
        return bool(self._look_ahead())


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
