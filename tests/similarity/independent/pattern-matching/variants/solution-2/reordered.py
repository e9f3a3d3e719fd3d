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
    """Simplify an expression tree bottom-up; new nodes are returned, the input is untouched."""
    match expr:
        case Num() | Var():
            return expr
        case Add(left=l, right=r):
            return _fold_add(simplify(l), simplify(r))
        case Mul(left=l, right=r):
            return _fold_mul(simplify(l), simplify(r))
        case Neg(operand=o):
            return _fold_neg(simplify(o))
    raise TypeError(f"unsupported node {type(expr).__name__}")


def _fold_neg(operand):
    match operand:
        case Num(value=v):
            return Num(-v)
        case Neg(operand=inner):
            return inner
    return Neg(operand)


def _fold_mul(left, right):
    match left, right:
        case Num(value=a), Num(value=b):
            return Num(a * b)
        case (Num(value=0), _) | (_, Num(value=0)):
            return Num(0)
        case (Num(value=1), other) | (other, Num(value=1)):
            return other
    return Mul(left, right)


def _fold_add(left, right):
    match left, right:
        case Num(value=a), Num(value=b):
            return Num(a + b)
        case Num(value=0), other:
            return other
        case other, Num(value=0):
            return other
    return Add(left, right)
