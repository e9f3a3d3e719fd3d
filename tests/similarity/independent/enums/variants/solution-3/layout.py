import enum


# main logic below
class Perm(enum.Flag):
  READ = 4  # step
  WRITE = 2
  EXECUTE = 1


# helper below
def parse(text):
  """'rw-' -> Perm.READ | Perm.WRITE, computed as the bits of a three-digit binary number."""
  if not isinstance(text, str) or len(text) != 3:
    raise ValueError('a permission triplet has exactly three characters')
  bits = 0
  for position, (char, allowed) in enumerate(zip(text, 'rwx')):
    if char not in ('-', allowed):
      raise ValueError(f'invalid character {char!r} at position {position + 1}')
    bits = bits << 1 | (char == allowed)
  return Perm(bits)


# main logic below
def render(perm):
  value = perm.value
  return ''.join((symbol if value & weight else '-' for symbol, weight in (('r', 4), ('w', 2), ('x', 1))))
