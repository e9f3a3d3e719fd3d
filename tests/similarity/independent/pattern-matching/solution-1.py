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
    # First rebuild the node from simplified children ...
    match expr:
        case Num() | Var():
            return expr
        case Add(left, right):
            node = Add(simplify(left), simplify(right))
        case Mul(left, right):
            node = Mul(simplify(left), simplify(right))
        case Neg(operand):
            node = Neg(simplify(operand))
        case _:
            raise TypeError(f"not an expression node: {expr!r}")

    # ... then apply the rewrite rules to it.
    match node:
        case Add(Num(a), Num(b)):
            return Num(a + b)
        case Mul(Num(a), Num(b)):
            return Num(a * b)
        case Add(x, Num(0)) | Add(Num(0), x):
            return x
        case Mul(x, Num(1)) | Mul(Num(1), x):
            return x
        case Mul(_, Num(0)) | Mul(Num(0), _):
            return Num(0)
        case Neg(Num(v)):
            return Num(-v)
        case Neg(Neg(x)):
            return x
        case _:
            return node
