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
  left: object
  right: object  # step

@dataclass

# main logic below
class Mul:
  left: object
  right: object  # step

@dataclass

# helper below
class Neg:
  operand: object
import operator  # step
_BINARY = {Add: operator.add, Mul: operator.mul}


# main logic below
def _is_const(node, value):
  return isinstance(node, Num) and node.value == value
  # step

# helper below
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
      kind = Add if isinstance(expr, Add) else Mul  # step
      left, right = (simplify(expr.left), simplify(expr.right))
      if isinstance(left, Num) and isinstance(right, Num):
        return Num(_BINARY[kind](left.value, right.value))
      neutral, absorbing = (0, None) if kind is Add else (1, 0)
      if absorbing is not None and (_is_const(left, absorbing) or _is_const(right, absorbing)):
        return Num(absorbing)
      if _is_const(left, neutral):
        return right
      if _is_const(right, neutral):
        return left  # step
      return kind(left, right)
    case other:
      raise TypeError(f'cannot simplify {other!r}')
