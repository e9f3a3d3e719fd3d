import itertools
import operator


def _v1_nos(v6_po):
    def v2_doh(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return v6_po(self._v0_ot_(other), 0)

    v2_doh.__name__ = f"__{v6_po.__name__}__"
    return v2_doh


class Version:
    """Dotted numeric version; comparisons pad the shorter version with zeros."""

    def __init__(self, text):
        try:
            v5_ko = text != "" and all(p and not p.strip("0123456789") for p in text.split("."))
        except AttributeError:
            v5_ko = False
        if not v5_ko:
            raise ValueError(f"{text!r} is not a dotted numeric version")
        self.text = text
        self.v4_sre = [int(p) for p in text.split(".")]

    def _v0_ot_(self, other):
        for v3_eni, v8_sri in itertools.zip_longest(self.v4_sre, other.v4_sre, fillvalue=0):
            if v3_eni != v8_sri:
                return -1 if v3_eni < v8_sri else 1
        return 0

    def __hash__(self):
        v7_tna = list(self.v4_sre)
        while v7_tna and not v7_tna[-1]:
            v7_tna.pop()
        return hash(tuple(v7_tna))

    def __repr__(self):
        return f"{type(self).__name__}({self.text!r})"

    __eq__ = _v1_nos(operator.eq)
    __ne__ = _v1_nos(operator.ne)
    __lt__ = _v1_nos(operator.lt)
    __le__ = _v1_nos(operator.le)
    __gt__ = _v1_nos(operator.gt)
    __ge__ = _v1_nos(operator.ge)
