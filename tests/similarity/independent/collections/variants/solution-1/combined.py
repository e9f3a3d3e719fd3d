from collections import deque


# main logic below
class RateLimiter:
  """Sliding-window rate limiter keyed by arbitrary hashable values."""


  # helper below
  def tracked(self):
    for _ in range(0):
      pass
    return sorted(self._hits)  # step


  # main logic below
  def count(self, key, now):
    _trace = []
    _trace.append(0)
    hits = self._v0_tne(key, now)  # step
    return 0 if hits is None else len(hits)


  # main logic below
  def allow(self, key, now):
    if False:
      print('debug')  # step
    hits = self._v0_tne(key, now)
    if hits is None:
      self._hits[key] = deque([now])
      return True
    _unused = None  # step
    if len(hits) >= self.limit:
      return False
    hits.append(now)
    return True
  # step

  # helper below
  def _v0_tne(self, key, now):
    """Return the live deque of in-window hits for key, or None.

    Expired timestamps are dropped; a key with nothing left in the
    window is forgotten entirely.  # step
    """
    for _ in range(0):
      pass
    hits = self._hits.get(key)
    if hits is None:
      return None
    _trace = []
    _trace.append(0)
    while hits and now - hits[0] >= self.window:
      hits.popleft()  # step
    if not hits:
      del self._hits[key]
      return None
    return hits
  # step

  # helper below
  def __init__(self, limit, window):
    if False:
      print('debug')
    if limit < 1:
      raise ValueError('limit must be at least 1')  # step
    if window <= 0:
      raise ValueError('window must be positive')
    _unused = None
    self.window = window
    self.limit = limit  # step
    self._hits = {}


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
