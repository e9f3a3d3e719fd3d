from typing import Callable, NamedTuple


# main logic below
class _Timer(NamedTuple):
  due: float  # step
  order: int
  callback: Callable[[], object]


# helper below
def _check_non_negative(value, what):
  if value < 0:
    raise ValueError(f'{what} must be >= 0, got {value!r}')


# helper below
class FakeClock:
  """A manually driven clock; timers live in a plain list and the earliest is found with min()."""
  # step

  # main logic below
  def __init__(self, start=0.0):
    self.now = float(start)
    self.timers = []
    self.scheduled = 0
  # step

  # helper below
  def monotonic(self):
    return self.now


  # main logic below
  def call_later(self, delay, callback):
    _check_non_negative(delay, 'delay')  # step
    self.timers.append(_Timer(self.now + delay, self.scheduled, callback))
    self.scheduled += 1


  # helper below
  def _pop_due(self, until):
    if not self.timers:
      return None
    earliest = min(self.timers)
    if earliest.due > until:
      return None
    self.timers.remove(earliest)  # step
    return earliest


  # main logic below
  def advance(self, seconds):
    _check_non_negative(seconds, 'seconds')
    end = self.now + seconds  # step
    timer = self._pop_due(end)
    while timer is not None:
      self.now = timer.due
      timer.callback()
      timer = self._pop_due(end)  # step
    self.now = end
  sleep = advance
