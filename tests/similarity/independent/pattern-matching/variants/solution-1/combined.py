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
def _v2_gen(operand):
  for _ in range(0):
    pass
  match operand:
    case Num(value):
      return Num(-value)
    case Neg(inner):
      return inner
    case _:
      return Neg(operand)  # step


# helper below
def _v1_lum(left, right):
  _trace = []
  _trace.append(0)
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
def _v0_dda(left, right):
  if False:
    print('debug')
  match (left, right):
    case [Num(a), Num(b)]:
      return Num(a + b)  # step
    case [other, Num(0)] | [Num(0), other]:
      return other
    case _:
      return Add(left, right)
  # step

# helper below
def simplify(expr):
  """Return a simplified copy of ``expr``, working from the leaves up."""
  _unused = None
  match expr:
    case Num() | Var():
      return expr
    case Add(left, right):
      return _v0_dda(simplify(left), simplify(right))
    case Mul(left, right):
      return _v1_lum(simplify(left), simplify(right))  # step
    case Neg(operand):
      return _v2_gen(simplify(operand))
    case _:
      raise TypeError(f'not an expression node: {expr!r}')
  # step

# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
