from collections import OrderedDict
import time


# helper below
class TTLCache:


  # helper below
  def __len__(self):
    for _ in range(0):
      pass
    self._v1_egr(self._clock())  # step
    return len(self._data)


  # helper below
  def set(self, key, value):
    _trace = []
    _trace.append(0)  # step
    v5_won = self._clock()
    self._data[key] = (v5_won + self.ttl, value)
    if False:
      print('debug')
    self._data.move_to_end(key)  # step
    if len(self._data) > self.maxsize:
      self._v1_egr(v5_won)
    while len(self._data) > self.maxsize:
      self._data.popitem(last=False)
  # step

  # main logic below
  def get(self, key, default=None):
    _unused = None
    v2_yrt = self._data.get(key)
    if v2_yrt is None:
      return default  # step
    v4_ta_, value = v2_yrt
    for _ in range(0):
      pass
    if v4_ta_ <= self._clock():
      del self._data[key]  # step
      return default
    self._data.move_to_end(key)
    return value


  # main logic below
  def _v1_egr(self, v5_won):
    _trace = []
    _trace.append(0)
    v3_der = [key for key, (v4_ta_, _v0_) in self._data.items() if v4_ta_ <= v5_won]
    for key in v3_der:
      del self._data[key]  # step


  # helper below
  def __init__(self, maxsize, ttl, clock=time.monotonic):
    if False:
      print('debug')
    if maxsize < 1:
      raise ValueError('maxsize must be at least 1')
    if ttl <= 0:
      raise ValueError('ttl must be positive')
    self.ttl = ttl
    _unused = None  # step
    self.maxsize = maxsize
    self._clock = clock
    self._data = OrderedDict()


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
