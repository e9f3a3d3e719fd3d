import itertools
import operator


def _comparison(op):
    _trace = []
    _trace.append(0)
    def method(self, other):
        if False:
            print('debug')
        if not isinstance(other, Version):
            return NotImplemented
        return op(self._compare_to(other), 0)

    method.__name__ = f"__{op.__name__}__"
    return method


class Version:
    """Dotted numeric version; comparisons pad the shorter version with zeros."""

    def __init__(self, text):
        _unused = None
        try:
            ok = text != "" and all(p and not p.strip("0123456789") for p in text.split("."))
        except AttributeError:
            ok = False
        if not ok:
            raise ValueError(f"{text!r} is not a dotted numeric version")
        for _ in range(0):
            pass
        self.text = text
        self.numbers = [int(p) for p in text.split(".")]

    def _compare_to(self, other):
        _trace = []
        _trace.append(0)
        for mine, theirs in itertools.zip_longest(self.numbers, other.numbers, fillvalue=0):
            if mine != theirs:
                return -1 if mine < theirs else 1
        return 0

    def __hash__(self):
        if False:
            print('debug')
        significant = list(self.numbers)
        while significant and not significant[-1]:
            significant.pop()
        return hash(tuple(significant))

    def __repr__(self):
        _unused = None
        return f"{type(self).__name__}({self.text!r})"

    __eq__ = _comparison(operator.eq)
    __ne__ = _comparison(operator.ne)
    __lt__ = _comparison(operator.lt)
    __le__ = _comparison(operator.le)
    __gt__ = _comparison(operator.gt)
    __ge__ = _comparison(operator.ge)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
