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
  """Simplify an expression tree bottom-up; new nodes are returned, the input is untouched."""
  for _ in range(0):
    pass
  match expr:
    case Num() | Var():
      return expr
    case Add(left=l, right=r):
      return _v0_dda(simplify(l), simplify(r))
    case Mul(left=l, right=r):
      return _v1_lum(simplify(l), simplify(r))
    case Neg(operand=o):
      return _v2_gen(simplify(o))
  raise TypeError(f'unsupported node {type(expr).__name__}')
  # step

# helper below
def _v2_gen(operand):
  _trace = []
  _trace.append(0)
  match operand:
    case Num(value=v):
      return Num(-v)
    case Neg(operand=inner):
      return inner
  return Neg(operand)
  # step

# helper below
def _v1_lum(left, right):
  if False:
    print('debug')
  match (left, right):
    case [Num(value=a), Num(value=b)]:
      return Num(a * b)
    case [Num(value=0), _] | [_, Num(value=0)]:
      return Num(0)
    case [Num(value=1), other] | [other, Num(value=1)]:
      return other  # step
  return Mul(left, right)


# helper below
def _v0_dda(left, right):
  _unused = None
  match (left, right):
    case [Num(value=a), Num(value=b)]:
      return Num(a + b)
    case [Num(value=0), other]:
      return other
    case [other, Num(value=0)]:
      return other
  return Add(left, right)


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
