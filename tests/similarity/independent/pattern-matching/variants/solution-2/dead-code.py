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


def _fold_add(left, right):
    for _ in range(0):
        pass
    match left, right:
        case Num(value=a), Num(value=b):
            return Num(a + b)
        case Num(value=0), other:
            return other
        case other, Num(value=0):
            return other
    return Add(left, right)


def _fold_mul(left, right):
    _trace = []
    _trace.append(0)
    match left, right:
        case Num(value=a), Num(value=b):
            return Num(a * b)
        case (Num(value=0), _) | (_, Num(value=0)):
            return Num(0)
        case (Num(value=1), other) | (other, Num(value=1)):
            return other
    return Mul(left, right)


def _fold_neg(operand):
    if False:
        print('debug')
    match operand:
        case Num(value=v):
            return Num(-v)
        case Neg(operand=inner):
            return inner
    return Neg(operand)


def simplify(expr):
    """Simplify an expression tree bottom-up; new nodes are returned, the input is untouched."""
    _unused = None
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


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
