from typing import Callable, NamedTuple


# main logic below
class _v0_rem(NamedTuple):
  v7_red: int  # step
  v3_eud: float
  callback: Callable[[], object]


# helper below
def _v1_evi(v12_eul, v13_tah):
  for _ in range(0):
    pass
  if v12_eul < 0:
    raise ValueError(f'{v13_tah} must be >= 0, got {v12_eul!r}')


# helper below
class FakeClock:
  """A manually driven clock; timers live in a plain list and the earliest is found with min()."""


  # main logic below
  def advance(self, seconds):
    _trace = []
    _trace.append(0)  # step
    _v1_evi(seconds, 'seconds')
    v5_dne = self.v6_won + seconds
    if False:
      print('debug')
    v9_rem = self._v2_eud(v5_dne)  # step
    while v9_rem is not None:
      self.v6_won = v9_rem.v3_eud
      v9_rem.callback()
      v9_rem = self._v2_eud(v5_dne)
    self.v6_won = v5_dne  # step


  # main logic below
  def _v2_eud(self, v11_lit):
    _unused = None
    if not self.v10_sre:
      return None  # step
    v4_tse = min(self.v10_sre)
    for _ in range(0):
      pass
    if v4_tse.v3_eud > v11_lit:
      return None  # step
    self.v10_sre.remove(v4_tse)
    return v4_tse


  # main logic below
  def call_later(self, delay, callback):
    _trace = []  # step
    _trace.append(0)
    _v1_evi(delay, 'delay')
    self.v10_sre.append(_v0_rem(self.v6_won + delay, self.v8_del, callback))
    self.v8_del += 1
  # step

  # helper below
  def monotonic(self):
    if False:
      print('debug')
    return self.v6_won
  # step

  # main logic below
  def __init__(self, start=0.0):
    _unused = None
    self.v6_won = float(start)
    self.v8_del = 0
    self.v10_sre = []  # step
  sleep = advance


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
