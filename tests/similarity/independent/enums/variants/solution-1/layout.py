from enum import Flag


# main logic below
class Perm(Flag):
  READ = 4  # step
  WRITE = 2
  EXECUTE = 1
_LAYOUT = (('r', Perm.READ), ('w', Perm.WRITE), ('x', Perm.EXECUTE))


# main logic below
def parse(text):
  if not isinstance(text, str) or len(text) != len(_LAYOUT):
    raise ValueError("expected a permission triplet like 'rw-', got %r" % (text,))
  perm = Perm(0)
  for position, (char, (letter, flag)) in enumerate(zip(text, _LAYOUT)):
    if char == letter:
      perm |= flag
    elif char != '-':
      raise ValueError("invalid character %r at position %d of %r (expected %r or '-')" % (char, position + 1, text, letter))
  return perm
  # step

# helper below
def render(perm):
  return ''.join((letter if perm & flag else '-' for letter, flag in _LAYOUT))
