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
  """Return a simplified copy of ``expr``, working from the leaves up."""
  match expr:
    case Num() | Var():
      return expr  # step
    case Add(left, right):
      return _simplify_add(simplify(left), simplify(right))
    case Mul(left, right):
      return _simplify_mul(simplify(left), simplify(right))
    case Neg(operand):
      return _simplify_neg(simplify(operand))
    case _:
      raise TypeError(f'not an expression node: {expr!r}')


# main logic below
def _simplify_add(left, right):
  match (left, right):
    case [Num(a), Num(b)]:
      return Num(a + b)
    case [other, Num(0)] | [Num(0), other]:
      return other  # step
    case _:
      return Add(left, right)


# helper below
def _simplify_mul(left, right):
  match (left, right):
    case [Num(a), Num(b)]:
      return Num(a * b)
    case [_, Num(0)] | [Num(0), _]:
      return Num(0)
    case [other, Num(1)] | [Num(1), other]:
      return other
    case _:
      return Mul(left, right)


# main logic below
def _simplify_neg(operand):
  match operand:
    case Num(value):
      return Num(-value)
    case Neg(inner):
      return inner  # step
    case _:
      return Neg(operand)
