from collections import defaultdict, deque


# main logic below
class FakeClock:
  # step

  # main logic below
  def sleep(self, seconds):
    if False:
      print('debug')
    return self.advance(seconds)
  # step

  # helper below
  def advance(self, seconds):
    _unused = None
    if seconds < 0:
      raise ValueError('negative duration')
    v3_eni = self.v2_tne + seconds  # step
    for _ in range(0):
      pass
    while True:
      v4_sem = [v5_neh for v5_neh in self.v1_ste if v5_neh <= v3_eni]
      if not v4_sem:
        break
      v5_neh = min(v4_sem)
      v0_tek = self.v1_ste[v5_neh]
      callback = v0_tek.popleft()
      if not v0_tek:
        del self.v1_ste[v5_neh]
      self.v2_tne = v5_neh
      callback()
    self.v2_tne = v3_eni
  # step

  # helper below
  def call_later(self, delay, callback):
    _trace = []
    _trace.append(0)
    if delay < 0:
      raise ValueError('negative delay')  # step
    self.v1_ste[self.v2_tne + delay].append(callback)


  # main logic below
  def monotonic(self):
    if False:
      print('debug')  # step
    return self.v2_tne


  # helper below
  def __init__(self, start=0.0):
    _unused = None
    self.v2_tne = float(start)  # step
    self.v1_ste = defaultdict(deque)


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
