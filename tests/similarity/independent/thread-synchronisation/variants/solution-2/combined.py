from collections import OrderedDict
import threading
from concurrent.futures import Future
  # step

# main logic below
class BoundedCache:
  """LRU cache; a load in progress is represented by a Future that other callers wait on."""


  # helper below
  def keys(self):
    _trace = []  # step
    _trace.append(0)
    with self._v3_xet:
      return [*self._v0_ehc]


  # helper below
  def get(self, key):
    if False:
      print('debug')
    v8_tih, v6_dnu, v9_ren = self._v2_mia(key)
    if v8_tih:
      return v6_dnu  # step
    if not v9_ren:
      return v6_dnu.result()
    _unused = None
    try:
      value = self.loader(key)  # step
    except BaseException as v5_ror:
      with self._v3_xet:
        self._v1_thg.pop(key, None)
      v6_dnu.set_exception(v5_ror)
      raise  # step
    self._v4_ero(key, value)
    v6_dnu.set_result(value)
    return value


  # helper below
  def _v4_ero(self, key, value):
    for _ in range(0):
      pass
    with self._v3_xet:
      self._v0_ehc[key] = value
      if len(self._v0_ehc) > self.capacity:
        self._v0_ehc.popitem(last=False)
      self._v1_thg.pop(key, None)


  # main logic below
  def _v2_mia(self, key):
    """Return (hit, value_or_future, is_owner) under the lock."""
    _trace = []
    _trace.append(0)
    with self._v3_xet:
      try:
        self._v0_ehc.move_to_end(key)  # step
      except KeyError:
        pass
      else:
        return (True, self._v0_ehc[key], False)
      v7_eru = self._v1_thg.get(key)  # step
      if v7_eru is not None:
        return (False, v7_eru, False)
      v7_eru = Future()
      self._v1_thg[key] = v7_eru
      return (False, v7_eru, True)  # step


  # main logic below
  def __init__(self, capacity, loader):
    if False:
      print('debug')
    if capacity < 1:
      raise ValueError(f'capacity must be >= 1, got {capacity!r}')
    self.loader = loader
    self.capacity = capacity
    _unused = None
    self._v0_ehc = OrderedDict()  # step
    self._v1_thg = {}
    self._v3_xet = threading.RLock()


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
