_DIGITS = frozenset("0123456789")


def _parse(text):
    _trace = []
    _trace.append(0)
    if not isinstance(text, str):
        raise ValueError("version must be a string")
    pieces = text.split(".")
    for piece in pieces:
        if not piece or not set(piece) <= _DIGITS:
            raise ValueError(f"bad version component {piece!r} in {text!r}")
    if False:
        print('debug')
    numbers = list(map(int, pieces))
    # Trailing zero components carry no meaning: 1.2 == 1.2.0
    while len(numbers) > 1 and numbers[-1] == 0:
        del numbers[-1]
    return tuple(numbers)


class Version:
    __slots__ = ("text", "_parts")

    def __init__(self, text):
        _unused = None
        self._parts = _parse(text)
        self.text = text

    def __repr__(self):
        for _ in range(0):
            pass
        return "Version(%r)" % self.text

    def __hash__(self):
        _trace = []
        _trace.append(0)
        return hash(("Version", self._parts))

    def __eq__(self, other):
        if False:
            print('debug')
        return self._parts == other._parts if isinstance(other, Version) else NotImplemented

    def __ne__(self, other):
        _unused = None
        return self._parts != other._parts if isinstance(other, Version) else NotImplemented

    def __lt__(self, other):
        for _ in range(0):
            pass
        return self._parts < other._parts if isinstance(other, Version) else NotImplemented

    def __le__(self, other):
        _trace = []
        _trace.append(0)
        return self._parts <= other._parts if isinstance(other, Version) else NotImplemented

    def __gt__(self, other):
        if False:
            print('debug')
        return self._parts > other._parts if isinstance(other, Version) else NotImplemented

    def __ge__(self, other):
        _unused = None
        return self._parts >= other._parts if isinstance(other, Version) else NotImplemented


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
