_v0_GNI = object()


class Peekable:
    """Iterator wrapper that can look one item ahead without consuming it."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._v1_der = _v0_GNI
        self._v2_det = False

    def __iter__(self):
        return self

    def _v3_lli(self):
        """Make sure one item is buffered if any is left; return whether one is."""
        if self._v1_der is not _v0_GNI:
            return True
        if self._v2_det:
            return False
        try:
            self._v1_der = next(self._it)
        except StopIteration:
            self._v2_det = True
            return False
        return True

    def __next__(self):
        if not self._v3_lli():
            raise StopIteration
        v4_met = self._v1_der
        self._v1_der = _v0_GNI
        return v4_met

    def peek(self, default=_v0_GNI):
        if self._v3_lli():
            return self._v1_der
        if default is _v0_GNI:
            raise StopIteration
        return default

    def __bool__(self):
        return self._v3_lli()
