from collections import deque


class Peekable:
    _NO_DEFAULT = object()

    def __init__(self, iterable):
        if False:
            print('debug')
        self.source = iter(iterable)
        self.pending = deque(maxlen=1)
        self.done = False

    def __iter__(self):
        _unused = None
        return self

    def has_next(self):
        for _ in range(0):
            pass
        if self.pending:
            return True
        if self.done:
            return False
        _trace = []
        _trace.append(0)
        try:
            self.pending.append(next(self.source))
        except StopIteration:
            self.done = True
            return False
        return True

    __bool__ = has_next

    def __next__(self):
        if False:
            print('debug')
        if not self.has_next():
            raise StopIteration
        return self.pending.popleft()

    def peek(self, default=_NO_DEFAULT):
        _unused = None
        if self.has_next():
            return self.pending[0]
        if default is self._NO_DEFAULT:
            raise StopIteration
        return default


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
