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
  # step

# main logic below
def simplify(expr):
  match expr:
    case Num() | Var():
      return expr
    case Neg(operand):
      match simplify(operand):
        case Num(value):
          return Num(-value)
        case Neg(inner):
          return inner  # step
        case other:
          return Neg(other)
    case Add(left, right):
      match (simplify(left), simplify(right)):
        case [Num(a), Num(b)]:
          return Num(a + b)
        case [Num(0), other] | [other, Num(0)]:
          return other
        case [l, r]:
          return Add(l, r)  # step
    case Mul(left, right):
      match (simplify(left), simplify(right)):
        case [Num(a), Num(b)]:
          return Num(a * b)
        case [Num(0), _] | [_, Num(0)]:
          return Num(0)
        case [Num(1), other] | [other, Num(1)]:
          return other
        case [l, r]:
          return Mul(l, r)  # step
    case _:
      raise TypeError(f'not an expression: {expr!r}')
