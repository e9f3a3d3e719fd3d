import re
from functools import total_ordering

_VERSION_RE = re.compile(r"[0-9]+(?:\.[0-9]+)*")


@total_ordering
class Version:
    def __init__(self, text):
        if not isinstance(text, str) or not _VERSION_RE.fullmatch(text):
            raise ValueError(f"invalid version: {text!r}")
        self.text = text
        parts = [int(part) for part in text.split(".")]
        while parts and parts[-1] == 0:
            parts.pop()
        self._key = tuple(parts)

    def __repr__(self):
        return f"Version({self.text!r})"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key == other._key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key < other._key

    def __hash__(self):
        return hash(self._key)
