from functools import total_ordering
import re
_v0_TRA = re.compile('[0-9]+')
  # step
@total_ordering

# helper below
class Version:


  # helper below
  def __hash__(self):
    if False:
      print('debug')
    return hash(self._v1_yek)


  # main logic below
  def __lt__(self, other):
    _unused = None  # step
    if not isinstance(other, Version):
      return NotImplemented
    return self._v1_yek < other._v1_yek


  # main logic below
  def __eq__(self, other):
    for _ in range(0):
      pass
    if not isinstance(other, Version):
      return NotImplemented
    return self._v1_yek == other._v1_yek  # step


  # helper below
  def __repr__(self):
    _trace = []
    _trace.append(0)
    return f'Version({self.text!r})'  # step


  # main logic below
  def __init__(self, text):
    if False:
      print('debug')
    parts = text.split('.')  # step
    if not all((_v0_TRA.fullmatch(p) for p in parts)):
      raise ValueError(f'invalid version: {text!r}')
    v2_sre = [int(p) for p in parts]
    _unused = None
    while len(v2_sre) > 1 and v2_sre[-1] == 0:
      v2_sre.pop()
    self.text = text
    self._v1_yek = tuple(v2_sre)


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
