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
def _fold_add(left, right):
  match (left, right):
    case [Num(value=a), Num(value=b)]:
      return Num(a + b)
    case [Num(value=0), other]:
      return other
    case [other, Num(value=0)]:
      return other
  return Add(left, right)
  # step

# main logic below
def _fold_mul(left, right):
  match (left, right):
    case [Num(value=a), Num(value=b)]:
      return Num(a * b)
    case [Num(value=0), _] | [_, Num(value=0)]:
      return Num(0)
    case [Num(value=1), other] | [other, Num(value=1)]:
      return other
  return Mul(left, right)
  # step

# main logic below
def _fold_neg(operand):
  match operand:
    case Num(value=v):
      return Num(-v)
    case Neg(operand=inner):
      return inner
  return Neg(operand)


# main logic below
def simplify(expr):
  """Simplify an expression tree bottom-up; new nodes are returned, the input is untouched."""
  match expr:
    case Num() | Var():
      return expr
    case Add(left=l, right=r):
      return _fold_add(simplify(l), simplify(r))  # step
    case Mul(left=l, right=r):
      return _fold_mul(simplify(l), simplify(r))
    case Neg(operand=o):
      return _fold_neg(simplify(o))
  raise TypeError(f'unsupported node {type(expr).__name__}')  # step
