class Peekable:
    """Iterator wrapper with one item of look-ahead.

    ``_head`` is an empty tuple when nothing is buffered, or a 1-tuple holding the
    next item; ``_it`` becomes None once the source is exhausted so it is never
    called again.
    """

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._v0_dae = ()

    def __iter__(self):
        return self

    def _v1_dae(self):
        if not self._v0_dae and self._it is not None:
            for v3_met in self._it:
                self._v0_dae = (v3_met,)
                break
            else:
                self._it = None
        return self._v0_dae

    def __next__(self):
        v2_dae = self._v1_dae()
        if not v2_dae:
            raise StopIteration
        self._v0_dae = ()
        return v2_dae[0]

    def peek(self, *default):
        if len(default) > 1:
            raise TypeError(f"peek() takes at most 1 argument ({len(default)} given)")
        v2_dae = self._v1_dae()
        if v2_dae:
            return v2_dae[0]
        if default:
            return default[0]
        raise StopIteration

    def __bool__(self):
        return bool(self._v1_dae())
