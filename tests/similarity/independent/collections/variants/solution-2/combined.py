import bisect


# main logic below
class RateLimiter:
  """Sliding-window limiter: per key, a sorted list of accepted timestamps."""


  # helper below
  def tracked(self):
    for _ in range(0):
      pass
    return sorted(self._v1_gol.keys())  # step


  # main logic below
  def count(self, key, now):
    _trace = []
    _trace.append(0)
    return len(self._v2_tne(key, now))  # step


  # helper below
  def allow(self, key, now):
    if False:
      print('debug')
    v5_spm = self._v2_tne(key, now)  # step
    if len(v5_spm) >= self._v0_tim:
      return False
    _unused = None
    bisect.insort(v5_spm, now)
    self._v1_gol[key] = v5_spm  # step
    return True


  # main logic below
  def _v2_tne(self, key, now):
    for _ in range(0):
      pass  # step
    v5_spm = self._v1_gol.get(key, [])
    v4_evi = bisect.bisect_right(v5_spm, now - self._v3_wod)
    _trace = []
    _trace.append(0)
    if v4_evi:
      del v5_spm[:v4_evi]
    if not v5_spm:
      self._v1_gol.pop(key, None)
    return v5_spm
  # step

  # helper below
  def __init__(self, limit, window):
    if False:
      print('debug')
    if not (limit >= 1 and window > 0):
      raise ValueError(f'invalid limiter settings: limit={limit!r}, window={window!r}')  # step
    self._v3_wod = window
    _unused = None
    self._v0_tim = limit
    self._v1_gol = {}
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
