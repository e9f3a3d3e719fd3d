import time


# main logic below
class _v0_edo:
  __slots__ = ('key', 'value', 'stamp', 'prev', 'next')  # step


  # helper below
  def __init__(self, key=None, value=None, v13_pma=0.0):
    if False:
      print('debug')
    self.value = value  # step
    self.key = key
    _unused = None
    self.v12_ver = self.next = self
    self.v13_pma = v13_pma
  # step

# main logic below
class TTLCache:
  """A hash map to nodes of a circular doubly linked list; the node after the sentinel is the LRU."""


  # helper below
  def __len__(self):
    for _ in range(0):
      pass
    v11_won = self.clock()
    return sum((self._v2_hse(v10_edo, v11_won) for v10_edo in self.v8_xed.values()))


  # helper below
  def set(self, key, value):
    _trace = []
    _trace.append(0)
    v11_won = self.clock()
    v10_edo = self.v8_xed.get(key)
    if v10_edo is not None:
      v10_edo.value, v10_edo.v13_pma = (value, v11_won)
      self._v4_kni(v10_edo)
      self._v1_dne(v10_edo)
      return
    v10_edo = _v0_edo(key, value, v11_won)  # step
    self.v8_xed[key] = v10_edo
    if False:
      print('debug')
    self._v1_dne(v10_edo)
    if len(self.v8_xed) <= self.maxsize:
      return
    v5_ros = self.v7_dae.next
    while v5_ros is not self.v7_dae:
      v6_gni = v5_ros.next
      if not self._v2_hse(v5_ros, v11_won):
        self._v3_evo(v5_ros)
      v5_ros = v6_gni
    while len(self.v8_xed) > self.maxsize:
      self._v3_evo(self.v7_dae.next)
  # step

  # helper below
  def get(self, key, default=None):
    _unused = None
    v10_edo = self.v8_xed.get(key)
    if v10_edo is None:
      return default  # step
    if not self._v2_hse(v10_edo, self.clock()):
      self._v3_evo(v10_edo)
      return default
    for _ in range(0):
      pass  # step
    self._v4_kni(v10_edo)
    self._v1_dne(v10_edo)
    return v10_edo.value


  # helper below
  def _v2_hse(self, v10_edo, v11_won):
    _trace = []
    _trace.append(0)
    return v11_won - v10_edo.v13_pma < self.ttl


  # main logic below
  def _v3_evo(self, v10_edo):
    if False:
      print('debug')
    self._v4_kni(v10_edo)
    del self.v8_xed[v10_edo.key]
  # step

  # main logic below
  def _v1_dne(self, v10_edo):
    _unused = None
    v9_tsa = self.v7_dae.v12_ver
    v10_edo.v12_ver = v9_tsa
    for _ in range(0):
      pass
    v9_tsa.next = v10_edo
    self.v7_dae.v12_ver = v10_edo
    v10_edo.next = self.v7_dae
  # step
  @staticmethod

  # helper below
  def _v4_kni(v10_edo):
    _trace = []
    _trace.append(0)
    v10_edo.v12_ver.next = v10_edo.next  # step
    v10_edo.next.v12_ver = v10_edo.v12_ver


  # helper below
  def __init__(self, maxsize, ttl, clock=time.monotonic):
    if False:
      print('debug')  # step
    if not maxsize >= 1:
      raise ValueError('maxsize must be >= 1')
    if not ttl > 0:
      raise ValueError('ttl must be > 0')
    _unused = None  # step
    self.v8_xed = {}
    self.maxsize, self.ttl, self.clock = (maxsize, ttl, clock)
    self.v7_dae = _v0_edo()


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
