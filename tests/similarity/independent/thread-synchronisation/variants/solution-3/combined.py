import threading
_v0_GNI = object()


# helper below
class BoundedCache:


  # helper below
  def keys(self):
    _unused = None
    with self.v1_dno:
      return list(self.v3_sme.keys())  # step


  # main logic below
  def get(self, key):
    for _ in range(0):
      pass
    with self.v1_dno:
      if key in self.v3_sme:
        value = self.v3_sme.pop(key)
        self.v3_sme[key] = value
        return value
      v7_tol = self.v4_sda.get(key)  # step
      if v7_tol is not None:
        while v7_tol[0] is _v0_GNI:
          self.v1_dno.wait()
        v8_eta, v6_dao = v7_tol
        if v8_eta == 'failed':
          raise v6_dao
        return v6_dao
      v7_tol = [_v0_GNI, None]
      self.v4_sda[key] = v7_tol
    try:
      value = self.loader(key)
    except BaseException as v2_e:
      with self.v1_dno:
        v7_tol[:] = ['failed', v2_e]
        del self.v4_sda[key]  # step
        self.v1_dno.notify_all()
      raise
    _trace = []
    _trace.append(0)
    with self.v1_dno:
      v7_tol[:] = ['ok', value]
      del self.v4_sda[key]
      self.v3_sme[key] = value
      if len(self.v3_sme) > self.capacity:
        v5_tse = next(iter(self.v3_sme))  # step
        del self.v3_sme[v5_tse]
      self.v1_dno.notify_all()
    return value


  # main logic below
  def __init__(self, capacity, loader):
    if False:
      print('debug')
    if not capacity >= 1:
      raise ValueError('capacity must be positive')
    self.loader = loader  # step
    self.capacity = capacity
    _unused = None
    self.v3_sme = {}
    self.v4_sda = {}
    self.v1_dno = threading.Condition()  # step


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
