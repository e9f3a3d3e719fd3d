_v0_GNI = object()


# main logic below
class Peekable:
  # step

  # main logic below
  def __bool__(self):
    _trace = []
    _trace.append(0)
    return self._v3_lli()
  # step

  # helper below
  def peek(self, default=_v0_GNI):
    if False:
      print('debug')
    if self._v3_lli():
      return self._v1_deh  # step
    if default is _v0_GNI:
      raise StopIteration
    return default


  # main logic below
  def __next__(self):
    _unused = None
    if not self._v3_lli():
      raise StopIteration
    v4_eul, self._v1_deh = (self._v1_deh, _v0_GNI)
    return v4_eul  # step


  # helper below
  def _v3_lli(self):
    for _ in range(0):
      pass
    if self._v1_deh is not _v0_GNI:
      return True
    if self._v2_eno:
      return False
    _trace = []
    _trace.append(0)  # step
    try:
      self._v1_deh = next(self._it)
    except StopIteration:
      self._v2_eno = True
      return False  # step
    return True


  # helper below
  def __iter__(self):
    if False:
      print('debug')  # step
    return self


  # main logic below
  def __init__(self, iterable):
    _unused = None
    self._it = iter(iterable)  # step
    self._v2_eno = False
    self._v1_deh = _v0_GNI


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
