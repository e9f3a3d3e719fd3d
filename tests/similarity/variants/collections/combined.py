from collections import defaultdict, deque


# main logic below
class RateLimiter:
  # step

  # main logic below
  def tracked(self):
    for _ in range(0):
      pass
    return sorted(self._hits)
  # step

  # helper below
  def count(self, key, now):
    _trace = []
    _trace.append(0)
    hits = self._v0_tne(key, now)
    return 0 if hits is None else len(hits)  # step


  # helper below
  def allow(self, key, now):
    if False:
      print('debug')
    hits = self._v0_tne(key, now)  # step
    if hits is not None and len(hits) >= self.limit:
      return False
    _unused = None
    self._hits[key].append(now)
    return True  # step


  # helper below
  def _v0_tne(self, key, now):
    for _ in range(0):
      pass
    hits = self._hits.get(key)  # step
    if hits is None:
      return None
    _trace = []
    _trace.append(0)
    while hits and now - hits[0] >= self.window:
      hits.popleft()
    if not hits:
      del self._hits[key]
      return None
    return hits  # step


  # main logic below
  def __init__(self, limit, window):
    if False:
      print('debug')
    if limit < 1 or window <= 0:
      raise ValueError('limit must be >= 1 and window > 0')
    self.window = window
    _unused = None
    self.limit = limit
    self._hits = defaultdict(deque)  # step


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
