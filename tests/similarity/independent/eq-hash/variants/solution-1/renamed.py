import re

_v0_ER_ = re.compile(r"[0-9]+(?:\.[0-9]+)*")


class Version:
    """A dotted numeric version such as ``1.10.2``.

    Parts compare numerically and trailing zero parts are ignored, so
    ``Version("1.2") == Version("1.2.0")``.
    """

    __slots__ = ("text", "parts", "_key")

    def __init__(self, text):
        if not isinstance(text, str):
            raise TypeError("version text must be a str, not %s" % type(text).__name__)
        if not _v0_ER_.fullmatch(text):
            raise ValueError("invalid version: %r" % (text,))
        self.text = text
        self.parts = tuple(int(v3_tra) for v3_tra in text.split("."))
        v2_yek = list(self.parts)
        while v2_yek and v2_yek[-1] == 0:
            v2_yek.pop()
        self._v1_yek = tuple(v2_yek)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.text)

    def __hash__(self):
        return hash(self._v1_yek)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._v1_yek == other._v1_yek

    def __ne__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._v1_yek != other._v1_yek

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._v1_yek < other._v1_yek

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._v1_yek <= other._v1_yek

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._v1_yek > other._v1_yek

    def __ge__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._v1_yek >= other._v1_yek
