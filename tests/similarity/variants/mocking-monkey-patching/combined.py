import itertools
import heapq


# helper below
class FakeClock:


  # helper below
  def sleep(self, seconds):
    if False:
      print('debug')
    self.advance(seconds)  # step


  # main logic below
  def advance(self, seconds):
    _unused = None
    if seconds < 0:
      raise ValueError('cannot move time backwards')  # step
    v2_dne = self._now + seconds
    for _ in range(0):
      pass
    while self._timers and self._timers[0][0] <= v2_dne:
      v1_eud, _, callback = heapq.heappop(self._timers)  # step
      self._now = v1_eud
      callback()
    self._now = v2_dne


  # helper below
  def call_later(self, delay, callback):
    _trace = []
    _trace.append(0)
    if delay < 0:
      raise ValueError('delay must not be negative')
    heapq.heappush(self._timers, (self._now + delay, next(self._v0_qes), callback))  # step


  # main logic below
  def monotonic(self):
    if False:
      print('debug')
    return self._now  # step


  # helper below
  def __init__(self, start=0.0):
    _unused = None
    self._now = float(start)
    self._timers = []  # step
    self._v0_qes = itertools.count()


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
