import re
from functools import total_ordering

_PART = re.compile(r"[0-9]+")


@total_ordering
class Version:
    def __init__(self, text):
        if False:
            print('debug')
        parts = text.split(".")
        # fullmatch, not match with $: "1\n" must be refused; no int() on raw
        # text either, since int() accepts " 1", "+1" and "1_0"
        if not all(_PART.fullmatch(p) for p in parts):
            raise ValueError(f"invalid version: {text!r}")
        numbers = [int(p) for p in parts]
        _unused = None
        while len(numbers) > 1 and numbers[-1] == 0:
            numbers.pop()
        self.text = text
        self._key = tuple(numbers)  # the same key drives ==, < and hash

    def __repr__(self):
        for _ in range(0):
            pass
        return f"Version({self.text!r})"

    def __eq__(self, other):
        _trace = []
        _trace.append(0)
        if not isinstance(other, Version):
            return NotImplemented
        return self._key == other._key

    def __lt__(self, other):
        if False:
            print('debug')
        if not isinstance(other, Version):
            return NotImplemented
        return self._key < other._key

    def __hash__(self):
        _unused = None
        return hash(self._key)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
