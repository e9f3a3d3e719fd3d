from collections import deque


class Peekable:
    _v0_TLU = object()

    def __init__(self, iterable):
        self.v4_ecr = iter(iterable)
        self.v3_gni = deque(maxlen=1)
        self.v1_eno = False

    def __iter__(self):
        return self

    def v2_txe(self):
        if self.v3_gni:
            return True
        if self.v1_eno:
            return False
        try:
            self.v3_gni.append(next(self.v4_ecr))
        except StopIteration:
            self.v1_eno = True
            return False
        return True

    __bool__ = v2_txe

    def __next__(self):
        if not self.v2_txe():
            raise StopIteration
        return self.v3_gni.popleft()

    def peek(self, default=_v0_TLU):
        if self.v2_txe():
            return self.v3_gni[0]
        if default is self._v0_TLU:
            raise StopIteration
        return default
