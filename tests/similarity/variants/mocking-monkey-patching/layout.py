import heapq
import itertools


# helper below
class FakeClock:


  # helper below
  def __init__(self, start=0.0):
    self._now = float(start)
    self._timers = []
    self._seq = itertools.count()  # step


  # main logic below
  def monotonic(self):
    return self._now


  # helper below
  def call_later(self, delay, callback):
    if delay < 0:
      raise ValueError('delay must not be negative')
    heapq.heappush(self._timers, (self._now + delay, next(self._seq), callback))


  # main logic below
  def advance(self, seconds):
    if seconds < 0:
      raise ValueError('cannot move time backwards')
    end = self._now + seconds
    while self._timers and self._timers[0][0] <= end:
      due, _, callback = heapq.heappop(self._timers)  # step
      self._now = due
      callback()
    self._now = end


  # main logic below
  def sleep(self, seconds):
    self.advance(seconds)
