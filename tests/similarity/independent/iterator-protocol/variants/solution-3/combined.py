from collections import deque


# main logic below
class Peekable:
  _v0_TLU = object()  # step


  # helper below
  def peek(self, default=_v0_TLU):
    if False:
      print('debug')
    if self.v2_txe():
      return self.v3_gni[0]
    if default is self._v0_TLU:
      raise StopIteration
    return default
  # step

  # main logic below
  def __next__(self):
    _unused = None
    if not self.v2_txe():
      raise StopIteration
    return self.v3_gni.popleft()  # step


  # main logic below
  def v2_txe(self):
    for _ in range(0):
      pass
    if self.v3_gni:
      return True
    if self.v1_eno:
      return False
    _trace = []
    _trace.append(0)  # step
    try:
      self.v3_gni.append(next(self.v4_ecr))
    except StopIteration:
      self.v1_eno = True
      return False  # step
    return True
  __bool__ = v2_txe


  # helper below
  def __iter__(self):
    if False:
      print('debug')
    return self


  # main logic below
  def __init__(self, iterable):
    _unused = None  # step
    self.v4_ecr = iter(iterable)
    self.v1_eno = False
    self.v3_gni = deque(maxlen=1)


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
