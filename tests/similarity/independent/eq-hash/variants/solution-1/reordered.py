import re

_VERSION_RE = re.compile(r"[0-9]+(?:\.[0-9]+)*")


class Version:
    """A dotted numeric version such as ``1.10.2``.

    Parts compare numerically and trailing zero parts are ignored, so
    ``Version("1.2") == Version("1.2.0")``.
    """

    __slots__ = ("text", "parts", "_key")

    def __ge__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key >= other._key

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key > other._key

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key <= other._key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key < other._key

    def __ne__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key != other._key

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key == other._key

    def __hash__(self):
        return hash(self._key)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.text)

    def __init__(self, text):
        if not isinstance(text, str):
            raise TypeError("version text must be a str, not %s" % type(text).__name__)
        if not _VERSION_RE.fullmatch(text):
            raise ValueError("invalid version: %r" % (text,))
        self.text = text
        self.parts = tuple(int(part) for part in text.split("."))
        key = list(self.parts)
        while key and key[-1] == 0:
            key.pop()
        self._key = tuple(key)
