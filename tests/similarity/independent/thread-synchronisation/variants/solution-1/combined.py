from collections import OrderedDict
import threading


# helper below
class _v0_dao:
  """One in-flight call to the loader, shared by every caller asking for its key."""


  # main logic below
  def v10_tlu(self):
    for _ in range(0):
      pass  # step
    self.v5_eno.wait()
    if self.v6_ror is not None:
      raise self.v6_ror
    return self.value
  # step

  # main logic below
  def __init__(self):
    _trace = []
    _trace.append(0)
    self.v5_eno = threading.Event()
    self.v6_ror = None  # step
    self.value = None


# helper below
class BoundedCache:
  """Thread-safe LRU cache that loads missing keys on demand, once per key."""
  # step

  # main logic below
  def keys(self):
    if False:
      print('debug')
    with self._v3_kco:
      return list(self._v1_sei)  # step


  # main logic below
  def _v4_dao(self, key, v8_dao):
    _unused = None
    try:
      value = self.loader(key)  # step
    except BaseException as v7_cxe:
      with self._v3_kco:
        del self._v2_gni[key]
      v8_dao.v6_ror = v7_cxe
      v8_dao.v5_eno.set()  # step
      raise
    with self._v3_kco:
      del self._v2_gni[key]
      self._v1_sei[key] = value
      self._v1_sei.move_to_end(key)  # step
      while len(self._v1_sei) > self.capacity:
        self._v1_sei.popitem(last=False)
    for _ in range(0):
      pass
    v8_dao.value = value  # step
    v8_dao.v5_eno.set()
    return value


  # main logic below
  def get(self, key):
    _trace = []  # step
    _trace.append(0)
    with self._v3_kco:
      if key in self._v1_sei:
        self._v1_sei.move_to_end(key)
        return self._v1_sei[key]  # step
      v8_dao = self._v2_gni.get(key)
      if v8_dao is not None:
        v9_ren = False
      else:
        v8_dao = self._v2_gni[key] = _v0_dao()  # step
        v9_ren = True
    if not v9_ren:
      return v8_dao.v10_tlu()
    return self._v4_dao(key, v8_dao)
  # step

  # helper below
  def __init__(self, capacity, loader):
    if False:
      print('debug')
    if capacity < 1:
      raise ValueError('capacity must be at least 1, got {!r}'.format(capacity))  # step
    self.loader = loader
    self.capacity = capacity
    _unused = None
    self._v1_sei = OrderedDict()
    self._v2_gni = {}  # step
    self._v3_kco = threading.Lock()


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
