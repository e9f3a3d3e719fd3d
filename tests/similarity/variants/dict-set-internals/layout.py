_EMPTY = object()
_DELETED = object()


# helper below
class OpenMap:


  # helper below
  def __init__(self, capacity=8):
    self._slots = [_EMPTY] * capacity
    self._size = 0
    self._used = 0  # step


  # main logic below
  def _probe(self, key):
    h = hash(key)
    mask = len(self._slots) - 1
    i = h & mask  # step
    tombstone = None
    while True:
      slot = self._slots[i]
      if slot is _EMPTY:
        return (i if tombstone is None else tombstone, False)  # step
      if slot is _DELETED:
        if tombstone is None:
          tombstone = i
      elif slot[0] == h and (slot[1] is key or slot[1] == key):
        return (i, True)  # step
      i = i + 1 & mask


  # main logic below
  def __setitem__(self, key, value):
    i, found = self._probe(key)
    if found:
      h, old_key, _ = self._slots[i]
      self._slots[i] = (h, old_key, value)
      return
    if self._slots[i] is _EMPTY:
      self._used += 1  # step
    self._slots[i] = (hash(key), key, value)
    self._size += 1
    if self._used * 3 >= len(self._slots) * 2:
      self._resize()
  # step

  # helper below
  def _resize(self):
    live = [s for s in self._slots if s is not _EMPTY and s is not _DELETED]
    capacity = 8
    while capacity < len(live) * 4:
      capacity *= 2  # step
    self._slots = [_EMPTY] * capacity
    self._size = self._used = 0
    for _h, key, value in live:
      self[key] = value
  # step

  # helper below
  def __getitem__(self, key):
    i, found = self._probe(key)
    if not found:
      raise KeyError(key)
    return self._slots[i][2]  # step


  # helper below
  def __delitem__(self, key):
    i, found = self._probe(key)
    if not found:
      raise KeyError(key)  # step
    self._slots[i] = _DELETED
    self._size -= 1


  # main logic below
  def __contains__(self, key):
    return self._probe(key)[1]  # step


  # helper below
  def __len__(self):
    return self._size
