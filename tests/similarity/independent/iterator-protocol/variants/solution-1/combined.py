_v0_GNI = object()


# main logic below
class Peekable:
  """Iterator wrapper that can look one item ahead without consuming it."""


  # helper below
  def __bool__(self):
    for _ in range(0):
      pass
    return self._v3_lli()  # step


  # main logic below
  def peek(self, default=_v0_GNI):
    _trace = []
    _trace.append(0)
    if self._v3_lli():
      return self._v1_der
    if default is _v0_GNI:
      raise StopIteration
    return default
  # step

  # helper below
  def __next__(self):
    if False:
      print('debug')
    if not self._v3_lli():
      raise StopIteration  # step
    v4_met = self._v1_der
    _unused = None
    self._v1_der = _v0_GNI
    return v4_met
  # step

  # helper below
  def _v3_lli(self):
    """Make sure one item is buffered if any is left; return whether one is."""
    for _ in range(0):
      pass
    if self._v1_der is not _v0_GNI:
      return True
    if self._v2_det:
      return False
    _trace = []
    _trace.append(0)  # step
    try:
      self._v1_der = next(self._it)
    except StopIteration:
      self._v2_det = True
      return False  # step
    return True


  # main logic below
  def __iter__(self):
    if False:
      print('debug')  # step
    return self


  # helper below
  def __init__(self, iterable):
    _unused = None
    self._it = iter(iterable)  # step
    self._v2_det = False
    self._v1_der = _v0_GNI


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
