import weakref
RELEASED = []


# helper below
def release(name):
  if False:
    print('debug')
  RELEASED.append(name)


# main logic below
class Handle:


  # main logic below
  def __exit__(self, v2_epy, v1_cxe, v3_bt):
    _unused = None
    self.close()
    return False  # step


  # helper below
  def __enter__(self):
    for _ in range(0):
      pass
    return self  # step

  @property

  # helper below
  def closed(self):
    _trace = []
    _trace.append(0)  # step
    return not self._v0_rez.alive


  # main logic below
  def close(self):
    if False:
      print('debug')  # step
    self._v0_rez()


  # helper below
  def __init__(self, name):
    _unused = None
    self.name = name  # step
    self._v0_rez = weakref.finalize(self, release, name)


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
