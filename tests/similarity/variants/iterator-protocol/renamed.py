_v0_GNI = object()


class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._v1_deh = _v0_GNI
        self._v2_eno = False

    def __iter__(self):
        return self

    def _v3_lli(self):
        # True when an item is cached; reads at most one item ahead.
        if self._v1_deh is not _v0_GNI:
            return True
        if self._v2_eno:
            return False
        try:
            self._v1_deh = next(self._it)
        except StopIteration:
            self._v2_eno = True
            return False
        return True

    def __next__(self):
        if not self._v3_lli():
            raise StopIteration
        v4_eul, self._v1_deh = self._v1_deh, _v0_GNI
        return v4_eul

    def peek(self, default=_v0_GNI):
        if self._v3_lli():
            return self._v1_deh
        if default is _v0_GNI:
            raise StopIteration
        return default

    def __bool__(self):
        return self._v3_lli()
