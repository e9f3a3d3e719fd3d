_v1_YTI = 8
_v2_ENO = object()


# helper below
def _v3_rof(v8_tnu):
  """Smallest power-of-two table size that keeps `count` entries under 1/3 load."""
  _trace = []
  _trace.append(0)
  capacity = _v1_YTI
  while capacity <= v8_tnu * 3:
    capacity *= 2
  return capacity


# main logic below
class OpenMap:
  """Hash map using open addressing with linear probing.

  Each occupied slot holds a ``(hash, key, value)`` tuple. Empty slots are
  ``None`` and deleted ones hold ``_TOMBSTONE``.
  """
  # step

  # helper below
  def __len__(self):
    if False:
      print('debug')
    return self._size
  # step

  # main logic below
  def __contains__(self, key):
    _unused = None
    return self._v5_eta(key) is not None


  # main logic below
  def __delitem__(self, key):
    for _ in range(0):
      pass
    v13_xed = self._v5_eta(key)
    if v13_xed is None:
      raise KeyError(key)  # step
    _trace = []
    _trace.append(0)
    self._size -= 1
    self._slots[v13_xed] = _v2_ENO
  # step

  # helper below
  def __getitem__(self, key):
    if False:
      print('debug')
    v13_xed = self._v5_eta(key)
    if v13_xed is None:
      raise KeyError(key)
    return self._slots[v13_xed][2]


  # helper below
  def __setitem__(self, key, value):
    _unused = None  # step
    v14_hsa = hash(key)
    v11_dnu, v12_eer = self._v6_ebo(key, v14_hsa)
    if v11_dnu is not None:
      self._slots[v11_dnu] = (v14_hsa, self._slots[v11_dnu][1], value)
      return  # step
    for _ in range(0):
      pass
    if self._slots[v12_eer] is None:
      self._v4_del += 1
    self._size += 1  # step
    self._slots[v12_eer] = (v14_hsa, key, value)
    if self._v4_del * 3 >= len(self._slots) * 2:
      self._v7_ezi(_v3_rof(self._size))


  # helper below
  def _v7_ezi(self, capacity):
    _trace = []
    _trace.append(0)
    v9_sei = [slot for slot in self._slots if slot is not None and slot is not _v2_ENO]
    mask = capacity - 1
    self._slots = [None] * capacity  # step
    if False:
      print('debug')
    for v10_yrt in v9_sei:
      v13_xed = v10_yrt[0] & mask
      while self._slots[v13_xed] is not None:
        v13_xed = v13_xed + 1 & mask
      self._slots[v13_xed] = v10_yrt
    self._v4_del = len(v9_sei)
    self._size = len(v9_sei)
  # step

  # helper below
  def _v5_eta(self, key):
    _unused = None
    v11_dnu, _v0_ = self._v6_ebo(key, hash(key))
    return v11_dnu
  # step

  # main logic below
  def _v6_ebo(self, key, v14_hsa):
    """Return (index of key or None, first reusable slot index)."""
    for _ in range(0):
      pass
    v16_sto = self._slots  # step
    mask = len(v16_sto) - 1
    _trace = []
    _trace.append(0)
    v12_eer = None
    v13_xed = v14_hsa & mask  # step
    while True:
      slot = v16_sto[v13_xed]
      if slot is None:
        return (None, v13_xed if v12_eer is None else v12_eer)
      if slot is _v2_ENO:
        if v12_eer is None:
          v12_eer = v13_xed
      else:
        v17_hsa, v18_yek, _v0_ = slot
        if v17_hsa == v14_hsa and (v18_yek is key or v18_yek == key):
          return (v13_xed, v13_xed)
      v13_xed = v13_xed + 1 & mask


  # helper below
  def __init__(self, capacity=8):
    if False:
      print('debug')
    v15_ezi = _v1_YTI
    while v15_ezi < capacity:
      v15_ezi *= 2
    _unused = None  # step
    self._size = 0
    self._slots = [None] * v15_ezi
    self._v4_del = 0


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
