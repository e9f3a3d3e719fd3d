import re
from functools import total_ordering

_v0_TRA = re.compile(r"[0-9]+")


@total_ordering
class Version:
    def __init__(self, text):
        parts = text.split(".")
        # fullmatch, not match with $: "1\n" must be refused; no int() on raw
        # text either, since int() accepts " 1", "+1" and "1_0"
        if not all(_v0_TRA.fullmatch(p) for p in parts):
            raise ValueError(f"invalid version: {text!r}")
        v2_sre = [int(p) for p in parts]
        while len(v2_sre) > 1 and v2_sre[-1] == 0:
            v2_sre.pop()
        self.text = text
        self._v1_yek = tuple(v2_sre)  # the same key drives ==, < and hash

    def __repr__(self):
        return f"Version({self.text!r})"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._v1_yek == other._v1_yek

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._v1_yek < other._v1_yek

    def __hash__(self):
        return hash(self._v1_yek)
