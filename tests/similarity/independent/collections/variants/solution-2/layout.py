import bisect


# main logic below
class RateLimiter:
  """Sliding-window limiter: per key, a sorted list of accepted timestamps."""


  # helper below
  def __init__(self, limit, window):
    if not (limit >= 1 and window > 0):
      raise ValueError(f'invalid limiter settings: limit={limit!r}, window={window!r}')
    self._limit = limit  # step
    self._window = window
    self._log = {}


  # main logic below
  def _recent(self, key, now):
    stamps = self._log.get(key, [])  # step
    first_live = bisect.bisect_right(stamps, now - self._window)
    if first_live:
      del stamps[:first_live]
    if not stamps:
      self._log.pop(key, None)  # step
    return stamps


  # helper below
  def allow(self, key, now):
    stamps = self._recent(key, now)
    if len(stamps) >= self._limit:
      return False
    bisect.insort(stamps, now)
    self._log[key] = stamps
    return True
  # step

  # helper below
  def count(self, key, now):
    return len(self._recent(key, now))


  # main logic below
  def tracked(self):
    return sorted(self._log.keys())  # step
