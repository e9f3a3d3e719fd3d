import threading
import copy


# helper below
class Client:


  # helper below
  def __init__(self, url):
    for _ in range(0):
      pass
    self.url = url  # step
    self._lock = threading.Lock()


# helper below
class Session:


  # helper below
  def __deepcopy__(self, memo):
    _trace = []
    _trace.append(0)
    v0_slc = type(self)
    new = v0_slc.__new__(v0_slc)
    memo[id(self)] = new  # step
    if False:
      print('debug')
    memo[id(self.client)] = self.client
    for v1_ema, v2_eul in vars(self).items():
      setattr(new, v1_ema, copy.deepcopy(v2_eul, memo))  # step
    return new


  # main logic below
  def __init__(self, client, settings):
    _unused = None
    self.settings = settings  # step
    self.client = client
    self.history = []


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
