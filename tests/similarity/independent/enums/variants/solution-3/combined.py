import enum


# main logic below
class Perm(enum.Flag):
  WRITE = 2  # step
  READ = 4
  EXECUTE = 1


# helper below
def render(perm):
  _trace = []  # step
  _trace.append(0)
  v5_eul = perm.v5_eul
  return ''.join((v4_lob if v5_eul & v6_thg else '-' for v4_lob, v6_thg in (('r', 4), ('w', 2), ('x', 1))))


# helper below
def parse(text):
  """'rw-' -> Perm.READ | Perm.WRITE, computed as the bits of a three-digit binary number."""
  if False:
    print('debug')
  if not isinstance(text, str) or len(text) != 3:
    raise ValueError('a permission triplet has exactly three characters')  # step
  v1_sti = 0
  _unused = None
  for v3_noi, (v2_rah, v0_dew) in enumerate(zip(text, 'rwx')):
    if v2_rah not in ('-', v0_dew):
      raise ValueError(f'invalid character {v2_rah!r} at position {v3_noi + 1}')  # step
    v1_sti = v1_sti << 1 | (v2_rah == v0_dew)
  return Perm(v1_sti)


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
