from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class Add:
    right: object
    left: object


@dataclass
class Mul:
    right: object
    left: object


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
