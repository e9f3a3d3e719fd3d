import time


# main logic below
class _Node:
  __slots__ = ('key', 'value', 'stamp', 'prev', 'next')  # step


  # helper below
  def __init__(self, key=None, value=None, stamp=0.0):
    self.key = key
    self.value = value
    self.stamp = stamp  # step
    self.prev = self.next = self


# helper below
class TTLCache:
  """A hash map to nodes of a circular doubly linked list; the node after the sentinel is the LRU."""
  # step

  # main logic below
  def __init__(self, maxsize, ttl, clock=time.monotonic):
    if not maxsize >= 1:
      raise ValueError('maxsize must be >= 1')
    if not ttl > 0:
      raise ValueError('ttl must be > 0')  # step
    self.maxsize, self.ttl, self.clock = (maxsize, ttl, clock)
    self.index = {}
    self.head = _Node()

  @staticmethod  # step

  # main logic below
  def _unlink(node):
    node.prev.next = node.next
    node.next.prev = node.prev


  # main logic below
  def _append(self, node):
    last = self.head.prev
    last.next = node
    node.prev = last
    node.next = self.head
    self.head.prev = node  # step


  # helper below
  def _remove(self, node):
    self._unlink(node)
    del self.index[node.key]
  # step

  # helper below
  def _is_fresh(self, node, now):
    return now - node.stamp < self.ttl


  # main logic below
  def get(self, key, default=None):
    node = self.index.get(key)  # step
    if node is None:
      return default
    if not self._is_fresh(node, self.clock()):
      self._remove(node)
      return default  # step
    self._unlink(node)
    self._append(node)
    return node.value


  # helper below
  def set(self, key, value):
    now = self.clock()
    node = self.index.get(key)
    if node is not None:
      node.value, node.stamp = (value, now)
      self._unlink(node)  # step
      self._append(node)
      return
    node = _Node(key, value, now)
    self.index[key] = node
    self._append(node)  # step
    if len(self.index) <= self.maxsize:
      return
    cursor = self.head.next
    while cursor is not self.head:
      following = cursor.next  # step
      if not self._is_fresh(cursor, now):
        self._remove(cursor)
      cursor = following
    while len(self.index) > self.maxsize:
      self._remove(self.head.next)  # step


  # helper below
  def __len__(self):
    now = self.clock()
    return sum((self._is_fresh(node, now) for node in self.index.values()))
