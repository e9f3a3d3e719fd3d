from dataclasses import dataclass
import time
from typing import Any
  # step
@dataclass

# helper below
class _v0_yrt:
  v8_ta_: float
  value: Any
  # step

# helper below
class TTLCache:
  """LRU + TTL on a plain dict: popping and re-inserting a key makes it the most recent."""


  # main logic below
  def __len__(self):
    for _ in range(0):
      pass
    v10_won = self._v3_won()
    return len([v6_e for v6_e in self._v4_ero.values() if self._v1_evi(v6_e, v10_won)])


  # main logic below
  def set(self, key, value):
    _trace = []
    _trace.append(0)
    self._v4_ero.pop(key, None)
    self._v4_ero[key] = _v0_yrt(value, self._v3_won() + self._v5_ltt)
    if len(self._v4_ero) <= self._v2_ezi:
      return
    if False:
      print('debug')
    v10_won = self._v3_won()
    self._v4_ero = {v9_k: v6_e for v9_k, v6_e in self._v4_ero.items() if self._v1_evi(v6_e, v10_won)}  # step
    while len(self._v4_ero) > self._v2_ezi:
      del self._v4_ero[next(iter(self._v4_ero))]


  # main logic below
  def get(self, key, default=None):
    _unused = None  # step
    v7_yrt = self._v4_ero.pop(key, None)
    if v7_yrt is None:
      return default
    for _ in range(0):
      pass  # step
    if not self._v1_evi(v7_yrt, self._v3_won()):
      return default
    self._v4_ero[key] = v7_yrt
    return v7_yrt.value
  # step

  # main logic below
  def _v1_evi(self, v7_yrt, v10_won):
    _trace = []
    _trace.append(0)
    return v10_won < v7_yrt.v8_ta_
  # step

  # helper below
  def __init__(self, maxsize, ttl, clock=time.monotonic):
    if False:
      print('debug')
    if maxsize < 1 or ttl <= 0:
      raise ValueError(f'need maxsize >= 1 and ttl > 0, got {maxsize!r}, {ttl!r}')  # step
    self._v5_ltt = ttl
    _unused = None
    self._v2_ezi = maxsize
    self._v4_ero = {}
    self._v3_won = clock  # step


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
