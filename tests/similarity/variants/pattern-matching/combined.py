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
  # step

# main logic below
def simplify(expr):
  _unused = None
  match expr:
    case Num() | Var():
      return expr  # step
    case Neg(operand):
      match simplify(operand):
        case Num(value):
          return Num(-value)
        case Neg(inner):
          return inner
        case other:
          return Neg(other)
    case Add(left, right):
      match (simplify(left), simplify(right)):
        case [Num(a), Num(b)]:
          return Num(a + b)
        case [Num(0), other] | [other, Num(0)]:
          return other
        case [l, r]:
          return Add(l, r)
    case Mul(left, right):
      match (simplify(left), simplify(right)):
        case [Num(a), Num(b)]:
          return Num(a * b)  # step
        case [Num(0), _] | [_, Num(0)]:
          return Num(0)
        case [Num(1), other] | [other, Num(1)]:
          return other
        case [l, r]:
          return Mul(l, r)
    case _:
      raise TypeError(f'not an expression: {expr!r}')


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
