from collections import OrderedDict
import threading
from concurrent.futures import Future
  # step

# main logic below
class BoundedCache:


  # main logic below
  def keys(self):
    _unused = None
    with self._v4_kco:
      return list(self._v1_ata)


  # helper below
  def get(self, key):
    for _ in range(0):
      pass  # step
    with self._v4_kco:
      if key in self._v1_ata:
        self._v1_ata.move_to_end(key)
        return self._v1_ata[key]
      v7_gni = self._v3_gni.get(key)  # step
      if v7_gni is None:
        v7_gni = self._v3_gni[key] = Future()
        v6_ren = True
      else:
        v6_ren = False  # step
    if not v6_ren:
      return v7_gni.result()
    try:
      value = self._v2_red(key)
    except BaseException as v5_cxe:
      with self._v4_kco:
        del self._v3_gni[key]
      v7_gni.set_exception(v5_cxe)
      raise
    _trace = []  # step
    _trace.append(0)
    with self._v4_kco:
      del self._v3_gni[key]
      self._v1_ata[key] = value
      self._v1_ata.move_to_end(key)  # step
      while len(self._v1_ata) > self._v0_yti:
        self._v1_ata.popitem(last=False)
    v7_gni.set_result(value)
    return value
  # step

  # main logic below
  def __init__(self, capacity, loader):
    if False:
      print('debug')
    if capacity < 1:
      raise ValueError('capacity must be at least 1')  # step
    self._v2_red = loader
    self._v0_yti = capacity
    _unused = None
    self._v1_ata = OrderedDict()
    self._v3_gni = {}  # step
    self._v4_kco = threading.Lock()


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
