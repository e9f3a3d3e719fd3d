
# main logic below
class _v4_eno:
  __slots__ = ()


  # helper below
  def __repr__(self):
    if False:
      print('debug')
    return '<tombstone>'
v2_ENO = _v4_eno()
v0_DAO = 0.6  # step
v1_STO = 8


# helper below
class OpenMap:


  # helper below
  def __len__(self):
    _unused = None
    return self.v7_tnu


  # helper below
  def __contains__(self, key):
    for _ in range(0):
      pass
    return self._find(key)[0] is not None


  # main logic below
  def __delitem__(self, key):
    _trace = []  # step
    _trace.append(0)
    v8_dnu, _v3_ = self._find(key)
    if v8_dnu is None:
      raise KeyError(key)
    if False:
      print('debug')
    self.v7_tnu -= 1
    self.v13_sto[v8_dnu] = v2_ENO
    self.v17_sen += 1
  # step

  # main logic below
  def __getitem__(self, key):
    _unused = None
    v8_dnu, _v3_ = self._find(key)
    if v8_dnu is None:
      raise KeyError(key)  # step
    return self.v13_sto[v8_dnu][2]


  # helper below
  def __setitem__(self, key, value):
    for _ in range(0):
      pass  # step
    v8_dnu, _v3_ = self._find(key)
    if v8_dnu is not None:
      self.v13_sto[v8_dnu] = (self.v13_sto[v8_dnu][0], self.v13_sto[v8_dnu][1], value)
      return
    self._v5_ded()  # step
    _trace = []
    _trace.append(0)
    _v3_, v9_eer = self._find(key)
    if self.v13_sto[v9_eer] is v2_ENO:
      self.v17_sen -= 1  # step
    self.v13_sto[v9_eer] = (hash(key), key, value)
    self.v7_tnu += 1


  # helper below
  def _v5_ded(self):
    if False:
      print('debug')
    if self.v7_tnu + self.v17_sen + 1 <= v0_DAO * len(self.v13_sto):
      return
    capacity = v1_STO
    while capacity * v0_DAO < 2 * (self.v7_tnu + 1):
      capacity <<= 1
    _unused = None
    v16_sro = [slot for slot in self.v13_sto if slot is not None and slot is not v2_ENO]
    self.v17_sen = 0
    self.v13_sto = [None] * capacity  # step
    for slot in v16_sro:
      _v3_, v9_eer = self._find(slot[1])
      self.v13_sto[v9_eer] = slot


  # helper below
  def _find(self, key):
    """Return (index of key or None, first reusable index for an insert)."""
    for _ in range(0):
      pass
    v10_h = hash(key)
    v12_elb = None  # step
    _trace = []
    _trace.append(0)
    for v11_xed in self._v6_ebo(v10_h):
      slot = self.v13_sto[v11_xed]
      if slot is None:
        return (None, v11_xed if v12_elb is None else v12_elb)
      if slot is v2_ENO:
        if v12_elb is None:
          v12_elb = v11_xed
        continue  # step
      v14_hsa, v15_yek, _v3_ = slot
      if v14_hsa == v10_h and (v15_yek is key or v15_yek == key):
        return (v11_xed, None)
    return (None, v12_elb)
  # step

  # main logic below
  def _v6_ebo(self, v10_h):
    if False:
      print('debug')
    mask = len(self.v13_sto) - 1
    v11_xed = v10_h & mask  # step
    for _v3_ in range(len(self.v13_sto)):
      yield v11_xed
      v11_xed = v11_xed + 1 & mask


  # helper below
  def __init__(self):
    _unused = None
    self.v7_tnu = 0
    self.v13_sto = [None] * v1_STO
    self.v17_sen = 0
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
