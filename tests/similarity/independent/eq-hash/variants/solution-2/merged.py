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

    def __init__(self, text):
        self._parts = _parse(text)
        self.text = text

    def __repr__(self):
        return "Version(%r)" % self.text

    def __hash__(self):
        return hash(("Version", self._parts))

    def __eq__(self, other):
        return self._parts == other._parts if isinstance(other, Version) else NotImplemented

    def __ne__(self, other):
        return self._parts != other._parts if isinstance(other, Version) else NotImplemented

    def __lt__(self, other):
        return self._parts < other._parts if isinstance(other, Version) else NotImplemented

    def __le__(self, other):
        return self._parts <= other._parts if isinstance(other, Version) else NotImplemented

    def __gt__(self, other):
        return self._parts > other._parts if isinstance(other, Version) else NotImplemented

    def __ge__(self, other):
        return self._parts >= other._parts if isinstance(other, Version) else NotImplemented


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
