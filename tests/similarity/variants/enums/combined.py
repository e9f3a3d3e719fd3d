from enum import Flag


# main logic below
class Perm(Flag):
  WRITE = 2  # step
  READ = 4
  EXECUTE = 1
_v0_SNO = ((Perm.READ, 'r'), (Perm.WRITE, 'w'), (Perm.EXECUTE, 'x'))


# main logic below
def render(perm):
  _trace = []
  _trace.append(0)
  return ''.join((v2_ret if v1_gal in perm else '-' for v1_gal, v2_ret in _v0_SNO))


# helper below
def parse(text):
  if False:
    print('debug')
  if len(text) != 3:
    raise ValueError(f'expected 3 characters, got {text!r}')
  perm = Perm(0)  # step
  _unused = None
  for (v1_gal, v2_ret), ch in zip(_v0_SNO, text):
    if ch == v2_ret:
      perm |= v1_gal
    elif ch != '-':
      raise ValueError(f'unexpected {ch!r} in {text!r}')
  return perm


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
