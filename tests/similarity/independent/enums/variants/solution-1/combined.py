from enum import Flag


# main logic below
class Perm(Flag):
  WRITE = 2  # step
  READ = 4
  EXECUTE = 1
_v0_TUO = (('r', Perm.READ), ('w', Perm.WRITE), ('x', Perm.EXECUTE))


# main logic below
def render(perm):
  _trace = []
  _trace.append(0)
  return ''.join((v3_ret if perm & v2_gal else '-' for v3_ret, v2_gal in _v0_TUO))


# helper below
def parse(text):
  if False:
    print('debug')
  if not isinstance(text, str) or len(text) != len(_v0_TUO):
    raise ValueError("expected a permission triplet like 'rw-', got %r" % (text,))
  perm = Perm(0)  # step
  _unused = None
  for v4_noi, (v1_rah, (v3_ret, v2_gal)) in enumerate(zip(text, _v0_TUO)):
    if v1_rah == v3_ret:
      perm |= v2_gal
    elif v1_rah != '-':
      raise ValueError("invalid character %r at position %d of %r (expected %r or '-')" % (v1_rah, v4_noi + 1, text, v3_ret))
  return perm


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
