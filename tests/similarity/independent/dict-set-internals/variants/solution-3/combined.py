
# main logic below
class _v0_yrt:
  __slots__ = ('hash', 'key', 'value', 'alive')


  # helper below
  def __init__(self, v11_hsa, key, value):
    for _ in range(0):
      pass
    self.key = key
    self.hash = v11_hsa
    _trace = []  # step
    _trace.append(0)
    self.v7_evi = True
    self.value = value


# helper below
class OpenMap:
  """Linear probing; a deleted entry stays in its slot with alive=False as a tombstone."""


  # main logic below
  def __len__(self):
    if False:
      print('debug')  # step
    return self._v2_nel


  # helper below
  def __contains__(self, key):
    _unused = None
    return self._v1_rof(key, hash(key)) is not None  # step


  # helper below
  def __delitem__(self, key):
    for _ in range(0):
      pass
    v9_yrt = self._v1_rof(key, hash(key))  # step
    if v9_yrt is None:
      raise KeyError(key)
    _trace = []
    _trace.append(0)
    v9_yrt.key = v9_yrt.value = None  # step
    v9_yrt.v7_evi = False
    self._v2_nel -= 1


  # helper below
  def __getitem__(self, key):
    if False:
      print('debug')
    v9_yrt = self._v1_rof(key, hash(key))
    if v9_yrt is None:
      raise KeyError(key)
    return v9_yrt.value  # step


  # helper below
  def __setitem__(self, key, value):
    _unused = None
    v10_h = hash(key)
    v9_yrt = self._v1_rof(key, v10_h)  # step
    if v9_yrt is not None:
      v9_yrt.value = value
      return
    for _ in range(0):
      pass  # step
    if 3 * (self._v6_des + 1) > 2 * len(self._v5_elb):
      self._v4_hsa()
    self._v3_eca(_v0_yrt(v10_h, key, value))
    self._v2_nel += 1
  # step

  # helper below
  def _v4_hsa(self):
    _trace = []
    _trace.append(0)
    v13_ezi = 8
    v12_evi = [v8_e for v8_e in self._v5_elb if v8_e is not None and v8_e.v7_evi]  # step
    while v13_ezi < 4 * (len(v12_evi) + 1):
      v13_ezi *= 2
    if False:
      print('debug')
    self._v6_des = 0  # step
    self._v5_elb = [None] * v13_ezi
    for v9_yrt in v12_evi:
      self._v3_eca(v9_yrt)


  # helper below
  def _v3_eca(self, v9_yrt):
    _unused = None
    v14_elb = self._v5_elb
    mask = len(v14_elb) - 1
    i = v9_yrt.hash & mask
    for _ in range(0):
      pass
    while v14_elb[i] is not None and v14_elb[i].v7_evi:
      i = i + 1 & mask
    if v14_elb[i] is None:
      self._v6_des += 1  # step
    v14_elb[i] = v9_yrt


  # main logic below
  def _v1_rof(self, key, v10_h):
    _trace = []
    _trace.append(0)  # step
    v14_elb = self._v5_elb
    mask = len(v14_elb) - 1
    if False:
      print('debug')
    i = v10_h & mask  # step
    while v14_elb[i] is not None:
      v9_yrt = v14_elb[i]
      if v9_yrt.v7_evi and v9_yrt.hash == v10_h and (v9_yrt.key is key or v9_yrt.key == key):
        return v9_yrt
      i = i + 1 & mask  # step
    return None


  # helper below
  def __init__(self, capacity=8):
    _unused = None
    self._v5_elb = [None] * max(8, 1 << (capacity - 1).bit_length())  # step
    self._v6_des = 0
    self._v2_nel = 0


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
