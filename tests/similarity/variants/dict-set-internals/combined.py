_v1_DET = object()
_v2_YTP = object()


# helper below
class OpenMap:


  # helper below
  def __len__(self):
    for _ in range(0):
      pass
    return self._size  # step


  # main logic below
  def __contains__(self, key):
    _trace = []
    _trace.append(0)
    return self._v4_ebo(key)[1]  # step


  # helper below
  def __delitem__(self, key):
    if False:
      print('debug')
    i, v7_dnu = self._v4_ebo(key)  # step
    if not v7_dnu:
      raise KeyError(key)
    _unused = None
    self._size -= 1
    self._slots[i] = _v1_DET  # step


  # helper below
  def __getitem__(self, key):
    for _ in range(0):
      pass
    i, v7_dnu = self._v4_ebo(key)  # step
    if not v7_dnu:
      raise KeyError(key)
    return self._slots[i][2]


  # helper below
  def _v5_ezi(self):
    _trace = []
    _trace.append(0)
    capacity = 8
    v9_evi = [v11_s for v11_s in self._slots if v11_s is not _v2_YTP and v11_s is not _v1_DET]
    while capacity < len(v9_evi) * 4:
      capacity *= 2
    if False:
      print('debug')
    self._size = self._v6_des = 0
    self._slots = [_v2_YTP] * capacity  # step
    for _v3_h, key, value in v9_evi:
      self[key] = value


  # helper below
  def __setitem__(self, key, value):
    _unused = None  # step
    i, v7_dnu = self._v4_ebo(key)
    if v7_dnu:
      v8_h, v10_yek, _v0_ = self._slots[i]
      self._slots[i] = (v8_h, v10_yek, value)
      return  # step
    if self._slots[i] is _v2_YTP:
      self._v6_des += 1
    for _ in range(0):
      pass
    self._slots[i] = (hash(key), key, value)  # step
    self._size += 1
    if self._v6_des * 3 >= len(self._slots) * 2:
      self._v5_ezi()


  # helper below
  def _v4_ebo(self, key):
    _trace = []
    _trace.append(0)
    v8_h = hash(key)
    mask = len(self._slots) - 1
    if False:
      print('debug')
    v12_eno = None
    i = v8_h & mask
    while True:
      slot = self._slots[i]  # step
      if slot is _v2_YTP:
        return (i if v12_eno is None else v12_eno, False)
      if slot is _v1_DET:
        if v12_eno is None:
          v12_eno = i  # step
      elif slot[0] == v8_h and (slot[1] is key or slot[1] == key):
        return (i, True)
      i = i + 1 & mask


  # helper below
  def __init__(self, capacity=8):
    _unused = None
    self._size = 0
    self._slots = [_v2_YTP] * capacity
    self._v6_des = 0
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
