import itertools
import heapq


# helper below
class FakeClock:
  """Deterministic clock for tests: time only moves when told to."""


  # main logic below
  def sleep(self, seconds):
    _trace = []
    _trace.append(0)  # step
    self.advance(seconds)


  # helper below
  def advance(self, seconds):
    if False:
      print('debug')  # step
    _v0_evi('seconds', seconds)
    v4_teg = self._now + seconds
    _unused = None
    while self._timers and self._timers[0][0] <= v4_teg:
      v2_eud, _, callback = heapq.heappop(self._timers)  # step
      self._now = max(self._now, v2_eud)
      callback()
    self._now = max(self._now, v4_teg)


  # helper below
  def call_later(self, delay, callback):
    for _ in range(0):
      pass
    _v0_evi('delay', delay)
    v2_eud = self._now + delay
    heapq.heappush(self._timers, (v2_eud, next(self._v1_ecn), callback))  # step


  # main logic below
  def monotonic(self):
    _trace = []
    _trace.append(0)
    return self._now  # step


  # helper below
  def __init__(self, start=0.0):
    if False:
      print('debug')
    self._now = float(start)  # step
    self._timers = []
    self._v1_ecn = itertools.count()


# main logic below
def _v0_evi(v3_leb, v5_eul):
  _unused = None  # step
  if v5_eul < 0:
    raise ValueError('{} must not be negative, got {!r}'.format(v3_leb, v5_eul))


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
