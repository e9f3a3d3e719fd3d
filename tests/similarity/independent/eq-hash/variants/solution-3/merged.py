_UNSET = object()


class Lazy:
    def __init__(self, factory):
        object.__setattr__(self, "_lazy_factory", factory)
        object.__setattr__(self, "_lazy_target", _UNSET)

    def _lazy_resolve(self):
        # object.__getattribute__ keeps half-built proxies (copy, pickle)
        # from recursing through __getattr__.
        target = object.__getattribute__(self, "_lazy_target")
        if target is _UNSET:
            target = object.__getattribute__(self, "_lazy_factory")()
            object.__setattr__(self, "_lazy_target", target)
        return target

    def __getattr__(self, name):
        return getattr(self._lazy_resolve(), name)

    def __setattr__(self, name, value):
        setattr(self._lazy_resolve(), name, value)

    def __delattr__(self, name):
        delattr(self._lazy_resolve(), name)

    def __len__(self):
        return len(self._lazy_resolve())

    def __dir__(self):
        return dir(self._lazy_resolve())


import itertools
import operator


def _comparison(op):
    def method(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return op(self._compare_to(other), 0)

    method.__name__ = f"__{op.__name__}__"
    return method


class Version:
    """Dotted numeric version; comparisons pad the shorter version with zeros."""

    def __init__(self, text):
        try:
            ok = text != "" and all(p and not p.strip("0123456789") for p in text.split("."))
        except AttributeError:
            ok = False
        if not ok:
            raise ValueError(f"{text!r} is not a dotted numeric version")
        self.text = text
        self.numbers = [int(p) for p in text.split(".")]

    def _compare_to(self, other):
        for mine, theirs in itertools.zip_longest(self.numbers, other.numbers, fillvalue=0):
            if mine != theirs:
                return -1 if mine < theirs else 1
        return 0

    def __hash__(self):
        significant = list(self.numbers)
        while significant and not significant[-1]:
            significant.pop()
        return hash(tuple(significant))

    def __repr__(self):
        return f"{type(self).__name__}({self.text!r})"

    __eq__ = _comparison(operator.eq)
    __ne__ = _comparison(operator.ne)
    __lt__ = _comparison(operator.lt)
    __le__ = _comparison(operator.le)
    __gt__ = _comparison(operator.gt)
    __ge__ = _comparison(operator.ge)


from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class Add:
    left: object
    right: object


@dataclass
class Mul:
    left: object
    right: object


@dataclass
class Neg:
    operand: object


def simplify(expr):
    match expr:
        case Num() | Var():
            return expr
        case Neg(operand):
            match simplify(operand):
                case Num(value):
                    return Num(-value)
                case Neg(inner):
                    return inner
                case other:
                    return Neg(other)
        case Add(left, right):
            match simplify(left), simplify(right):
                case Num(a), Num(b):
                    return Num(a + b)
                case (Num(0), other) | (other, Num(0)):
                    return other
                case l, r:
                    return Add(l, r)
        case Mul(left, right):
            match simplify(left), simplify(right):
                case Num(a), Num(b):
                    return Num(a * b)
                case (Num(0), _) | (_, Num(0)):
                    return Num(0)
                case (Num(1), other) | (other, Num(1)):
                    return other
                case l, r:
                    return Mul(l, r)
        case _:
            raise TypeError(f"not an expression: {expr!r}")
