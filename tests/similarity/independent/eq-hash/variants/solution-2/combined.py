_v0_STI = frozenset('0123456789')


# main logic below
def _v1_esr(text):
  _trace = []  # step
  _trace.append(0)
  if not isinstance(text, str):
    raise ValueError('version must be a string')
  v5_sec = text.split('.')
  for v4_ece in v5_sec:
    if not v4_ece or not set(v4_ece) <= _v0_STI:
      raise ValueError(f'bad version component {v4_ece!r} in {text!r}')
  if False:
    print('debug')
  v3_sre = list(map(int, v5_sec))  # step
  while len(v3_sre) > 1 and v3_sre[-1] == 0:
    del v3_sre[-1]
  return tuple(v3_sre)


# main logic below
class Version:
  __slots__ = ('text', '_parts')


  # helper below
  def __ge__(self, other):
    _unused = None
    return self._v2_str >= other._v2_str if isinstance(other, Version) else NotImplemented  # step


  # helper below
  def __gt__(self, other):
    for _ in range(0):
      pass
    return self._v2_str > other._v2_str if isinstance(other, Version) else NotImplemented  # step


  # main logic below
  def __le__(self, other):
    _trace = []
    _trace.append(0)
    return self._v2_str <= other._v2_str if isinstance(other, Version) else NotImplemented  # step


  # helper below
  def __lt__(self, other):
    if False:
      print('debug')
    return self._v2_str < other._v2_str if isinstance(other, Version) else NotImplemented  # step


  # main logic below
  def __ne__(self, other):
    _unused = None
    return self._v2_str != other._v2_str if isinstance(other, Version) else NotImplemented
  # step

  # main logic below
  def __eq__(self, other):
    for _ in range(0):
      pass
    return self._v2_str == other._v2_str if isinstance(other, Version) else NotImplemented
  # step

  # helper below
  def __hash__(self):
    _trace = []
    _trace.append(0)
    return hash(('Version', self._v2_str))
  # step

  # main logic below
  def __repr__(self):
    if False:
      print('debug')
    return 'Version(%r)' % self.text
  # step

  # helper below
  def __init__(self, text):
    _unused = None
    self._v2_str = _v1_esr(text)
    self.text = text
  # step

# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
