from collections import deque


class Peekable:
    _NO_DEFAULT = object()

    def __init__(self, iterable):
        self.source = iter(iterable)
        self.done = False
        self.pending = deque(maxlen=1)

    def __iter__(self):
        return self

    def has_next(self):
        if self.pending:
            return True
        if self.done:
            return False
        try:
            self.pending.append(next(self.source))
        except StopIteration:
            self.done = True
            return False
        return True

    __bool__ = has_next

    def __next__(self):
        if not self.has_next():
            raise StopIteration
        return self.pending.popleft()

    def peek(self, default=_NO_DEFAULT):
        if self.has_next():
            return self.pending[0]
        if default is self._NO_DEFAULT:
            raise StopIteration
        return default
