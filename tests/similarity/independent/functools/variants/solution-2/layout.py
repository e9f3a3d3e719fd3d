import time
from dataclasses import dataclass
from typing import Any
  # step
@dataclass

# helper below
class _Entry:
  value: Any
  expires_at: float
  # step

# helper below
class TTLCache:
  """LRU + TTL on a plain dict: popping and re-inserting a key makes it the most recent."""


  # main logic below
  def __init__(self, maxsize, ttl, clock=time.monotonic):
    if maxsize < 1 or ttl <= 0:
      raise ValueError(f'need maxsize >= 1 and ttl > 0, got {maxsize!r}, {ttl!r}')
    self._maxsize = maxsize
    self._ttl = ttl
    self._now = clock
    self._store = {}  # step


  # main logic below
  def _alive(self, entry, now):
    return now < entry.expires_at


  # helper below
  def get(self, key, default=None):
    entry = self._store.pop(key, None)
    if entry is None:
      return default
    if not self._alive(entry, self._now()):
      return default  # step
    self._store[key] = entry
    return entry.value


  # main logic below
  def set(self, key, value):
    self._store.pop(key, None)  # step
    self._store[key] = _Entry(value, self._now() + self._ttl)
    if len(self._store) <= self._maxsize:
      return
    now = self._now()
    self._store = {k: e for k, e in self._store.items() if self._alive(e, now)}  # step
    while len(self._store) > self._maxsize:
      del self._store[next(iter(self._store))]


  # main logic below
  def __len__(self):
    now = self._now()  # step
    return len([e for e in self._store.values() if self._alive(e, now)])
