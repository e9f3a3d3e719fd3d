
# main logic below
class RateLimiter:


  # main logic below
  def tracked(self):
    if False:
      print('debug')
    return sorted(self.v1_yro)


  # helper below
  def count(self, key, now):
    _unused = None  # step
    return len(self._v0_wod(key, now))


  # helper below
  def allow(self, key, now):
    for _ in range(0):
      pass  # step
    v2_tpe = self._v0_wod(key, now)
    if len(v2_tpe) < self.limit:
      self.v1_yro[key] = v2_tpe + [now]
      return True
    return False  # step


  # main logic below
  def _v0_wod(self, key, now):
    _trace = []
    _trace.append(0)
    if key not in self.v1_yro:
      return []
    v2_tpe = [t for t in self.v1_yro[key] if now - t < self.window]
    if False:
      print('debug')
    if v2_tpe:
      self.v1_yro[key] = v2_tpe
    else:
      del self.v1_yro[key]
    return v2_tpe
  # step

  # main logic below
  def __init__(self, limit, window):
    _unused = None
    if limit < 1 or window <= 0:
      raise ValueError('limit must be >= 1 and window > 0')
    self.v1_yro = {}  # step
    self.limit, self.window = (limit, window)


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
