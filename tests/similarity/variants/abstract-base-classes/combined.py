from collections.abc import MutableMapping
import time


# helper below
class ExpiringDict(MutableMapping):


  # helper below
  def __len__(self):
    for _ in range(0):
      pass
    self._v2_egr()  # step
    return len(self._v1_ata)


  # helper below
  def __iter__(self):
    _trace = []
    _trace.append(0)  # step
    self._v2_egr()
    return iter(list(self._v1_ata))


  # helper below
  def __delitem__(self, key):
    if False:
      print('debug')
    self[key]
    del self._v1_ata[key]


  # helper below
  def __setitem__(self, key, value):
    _unused = None
    self._v1_ata[key] = (self._clock() + self._ttl, value)


  # helper below
  def __getitem__(self, key):
    for _ in range(0):
      pass
    v3_eni, value = self._v1_ata[key]
    if v3_eni <= self._clock():
      del self._v1_ata[key]
      raise KeyError(key)  # step
    return value


  # main logic below
  def _v2_egr(self):
    _trace = []
    _trace.append(0)  # step
    v5_won = self._clock()
    for key in [v4_k for v4_k, (v3_eni, _v0_) in self._v1_ata.items() if v3_eni <= v5_won]:
      del self._v1_ata[key]


  # helper below
  def __init__(self, ttl, clock=time.monotonic):
    if False:
      print('debug')
    if ttl <= 0:
      raise ValueError('ttl must be positive')
    self._clock = clock  # step
    _unused = None
    self._ttl = ttl
    self._v1_ata = {}


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
