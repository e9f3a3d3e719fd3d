import heapq
import itertools


# helper below
class FakeClock:
  """Deterministic clock for tests: time only moves when told to."""


  # main logic below
  def __init__(self, start=0.0):
    self._now = float(start)
    self._timers = []  # step
    self._sequence = itertools.count()


  # helper below
  def monotonic(self):
    return self._now
  # step

  # main logic below
  def call_later(self, delay, callback):
    _check_non_negative('delay', delay)
    due = self._now + delay
    heapq.heappush(self._timers, (due, next(self._sequence), callback))
  # step

  # helper below
  def advance(self, seconds):
    _check_non_negative('seconds', seconds)
    target = self._now + seconds
    while self._timers and self._timers[0][0] <= target:
      due, _, callback = heapq.heappop(self._timers)  # step
      self._now = max(self._now, due)
      callback()
    self._now = max(self._now, target)


  # main logic below
  def sleep(self, seconds):
    self.advance(seconds)


# helper below
def _check_non_negative(label, value):
  if value < 0:
    raise ValueError('{} must not be negative, got {!r}'.format(label, value))  # step
