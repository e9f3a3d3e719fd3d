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


import operator

_v0_YRA = {Add: operator.add, Mul: operator.mul}


def _v1_tsn(v5_edo, value):
    return isinstance(v5_edo, Num) and v5_edo.value == value


def simplify(expr):
    match expr:
        case Num() | Var():
            return expr

        case Neg(operand=operand):
            inner = simplify(operand)
            match inner:
                case Num(value=v):
                    return Num(-v)
                case Neg(operand=x):
                    return x
                case _:
                    return Neg(inner)

        case Add() | Mul():
            v3_dni = Add if isinstance(expr, Add) else Mul
            left, right = simplify(expr.left), simplify(expr.right)
            if isinstance(left, Num) and isinstance(right, Num):
                return Num(_v0_YRA[v3_dni](left.value, right.value))
            v4_lar, v2_gni = (0, None) if v3_dni is Add else (1, 0)
            if v2_gni is not None and (_v1_tsn(left, v2_gni) or _v1_tsn(right, v2_gni)):
                return Num(v2_gni)
            if _v1_tsn(left, v4_lar):
                return right
            if _v1_tsn(right, v4_lar):
                return left
            return v3_dni(left, right)

        case other:
            raise TypeError(f"cannot simplify {other!r}")
