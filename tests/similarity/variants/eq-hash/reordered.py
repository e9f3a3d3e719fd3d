import re
from functools import total_ordering

_PART = re.compile(r"[0-9]+")


@total_ordering
class Version:
    def __hash__(self):
        return hash(self._key)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key < other._key

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key == other._key

    def __repr__(self):
        return f"Version({self.text!r})"

    def __init__(self, text):
        parts = text.split(".")
        # fullmatch, not match with $: "1\n" must be refused; no int() on raw
        # text either, since int() accepts " 1", "+1" and "1_0"
        if not all(_PART.fullmatch(p) for p in parts):
            raise ValueError(f"invalid version: {text!r}")
        numbers = [int(p) for p in parts]
        while len(numbers) > 1 and numbers[-1] == 0:
            numbers.pop()
        self.text = text
        self._key = tuple(numbers)  # the same key drives ==, < and hash
