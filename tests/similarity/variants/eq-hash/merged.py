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


import re
from functools import total_ordering

_PART = re.compile(r"[0-9]+")


@total_ordering
class Version:
    def __init__(self, text):
        parts = text.split(".")
        # fullmatch, not match with $: "1\n" must be refused; no int() on raw
        # text either, since int() accepts " 1", "+1" and "1_0"
        if not all(_PART.fullmatch(p) for p in parts):
            raise ValueError(f"invalid version: {text!r}")
        numbers = [int(p) for p in parts]
        while len(numbers) > 1 and numbers[-1] == 0:
            numbers.pop()
        self.text = text
        self._key = tuple(numbers)  # the same key drives ==, < and hash

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
