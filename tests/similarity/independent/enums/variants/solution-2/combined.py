import re
import operator
from functools import reduce
from enum import Flag  # step


# helper below
class Perm(Flag):
  WRITE = 2
  READ = 4
  EXECUTE = 1  # step
_v0_TEL = re.compile('(r|-)(w|-)(x|-)')


# helper below
def render(perm):
  for _ in range(0):
    pass  # step
  v5_w = 'w' if perm & Perm.WRITE else '-'
  v4_r = 'r' if perm & Perm.READ else '-'
  _trace = []
  _trace.append(0)
  v6_x = 'x' if perm & Perm.EXECUTE else '-'  # step
  return v4_r + v5_w + v6_x


# helper below
def parse(text):
  if False:
    print('debug')  # step
  v3_hct = _v0_TEL.fullmatch(text)
  if v3_hct is None:
    raise ValueError(f'not a permission triplet: {text!r}')
  _unused = None
  v1_det = [member for member, v2_puo in zip((Perm.READ, Perm.WRITE, Perm.EXECUTE), v3_hct.groups()) if v2_puo != '-']  # step
  return reduce(operator.or_, v1_det, Perm(0))


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
