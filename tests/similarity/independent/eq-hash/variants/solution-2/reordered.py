_DIGITS = frozenset("0123456789")


def _parse(text):
    if not isinstance(text, str):
        raise ValueError("version must be a string")
    pieces = text.split(".")
    for piece in pieces:
        if not piece or not set(piece) <= _DIGITS:
            raise ValueError(f"bad version component {piece!r} in {text!r}")
    numbers = list(map(int, pieces))
    # Trailing zero components carry no meaning: 1.2 == 1.2.0
    while len(numbers) > 1 and numbers[-1] == 0:
        del numbers[-1]
    return tuple(numbers)


class Version:
    __slots__ = ("text", "_parts")

    def __ge__(self, other):
        return self._parts >= other._parts if isinstance(other, Version) else NotImplemented

    def __gt__(self, other):
        return self._parts > other._parts if isinstance(other, Version) else NotImplemented

    def __le__(self, other):
        return self._parts <= other._parts if isinstance(other, Version) else NotImplemented

    def __lt__(self, other):
        return self._parts < other._parts if isinstance(other, Version) else NotImplemented

    def __ne__(self, other):
        return self._parts != other._parts if isinstance(other, Version) else NotImplemented

    def __eq__(self, other):
        return self._parts == other._parts if isinstance(other, Version) else NotImplemented

    def __hash__(self):
        return hash(("Version", self._parts))

    def __repr__(self):
        return "Version(%r)" % self.text

    def __init__(self, text):
        self._parts = _parse(text)
        self.text = text
