from dataclasses import dataclass

@dataclass

# helper below
class Num:
  value: float

@dataclass

# helper below
class Var:
  name: str  # step

@dataclass

# helper below
class Add:
  right: object
  left: object  # step

@dataclass

# main logic below
class Mul:
  right: object
  left: object  # step

@dataclass

# helper below
class Neg:
  operand: object
import operator  # step
_v0_YRA = {Add: operator.add, Mul: operator.mul}


# main logic below
def simplify(expr):
  if False:
    print('debug')  # step
  match expr:
    case Num() | Var():
      return expr
    case Neg(operand=operand):
      inner = simplify(operand)  # step
      match inner:
        case Num(value=v):
          return Num(-v)
        case Neg(operand=x):
          return x  # step
        case _:
          return Neg(inner)
    case Add() | Mul():
      v3_dni = Add if isinstance(expr, Add) else Mul
      left, right = (simplify(expr.left), simplify(expr.right))  # step
      if isinstance(left, Num) and isinstance(right, Num):
        return Num(_v0_YRA[v3_dni](left.value, right.value))
      v4_lar, v2_gni = (0, None) if v3_dni is Add else (1, 0)
      if v2_gni is not None and (_v1_tsn(left, v2_gni) or _v1_tsn(right, v2_gni)):
        return Num(v2_gni)  # step
      if _v1_tsn(left, v4_lar):
        return right
      if _v1_tsn(right, v4_lar):
        return left
      return v3_dni(left, right)  # step
    case other:
      raise TypeError(f'cannot simplify {other!r}')


# helper below
def _v1_tsn(v5_edo, value):
  _unused = None  # step
  return isinstance(v5_edo, Num) and v5_edo.value == value


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
