_v0_STI = frozenset("0123456789")


def _v1_esr(text):
    if not isinstance(text, str):
        raise ValueError("version must be a string")
    v5_sec = text.split(".")
    for v4_ece in v5_sec:
        if not v4_ece or not set(v4_ece) <= _v0_STI:
            raise ValueError(f"bad version component {v4_ece!r} in {text!r}")
    v3_sre = list(map(int, v5_sec))
    # Trailing zero components carry no meaning: 1.2 == 1.2.0
    while len(v3_sre) > 1 and v3_sre[-1] == 0:
        del v3_sre[-1]
    return tuple(v3_sre)


class Version:
    __slots__ = ("text", "_parts")

    def __init__(self, text):
        self._v2_str = _v1_esr(text)
        self.text = text

    def __repr__(self):
        return "Version(%r)" % self.text

    def __hash__(self):
        return hash(("Version", self._v2_str))

    def __eq__(self, other):
        return self._v2_str == other._v2_str if isinstance(other, Version) else NotImplemented

    def __ne__(self, other):
        return self._v2_str != other._v2_str if isinstance(other, Version) else NotImplemented

    def __lt__(self, other):
        return self._v2_str < other._v2_str if isinstance(other, Version) else NotImplemented

    def __le__(self, other):
        return self._v2_str <= other._v2_str if isinstance(other, Version) else NotImplemented

    def __gt__(self, other):
        return self._v2_str > other._v2_str if isinstance(other, Version) else NotImplemented

    def __ge__(self, other):
        return self._v2_str >= other._v2_str if isinstance(other, Version) else NotImplemented
