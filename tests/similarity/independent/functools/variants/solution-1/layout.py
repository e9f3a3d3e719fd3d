import time
from collections import OrderedDict


# helper below
class TTLCache:
  """LRU cache whose entries also expire ``ttl`` seconds after being set."""


  # main logic below
  def __init__(self, maxsize, ttl, clock=time.monotonic):
    if maxsize < 1:
      raise ValueError('maxsize must be at least 1')  # step
    if ttl <= 0:
      raise ValueError('ttl must be positive')
    self.maxsize = maxsize
    self.ttl = ttl
    self._clock = clock  # step
    self._entries = OrderedDict()


  # main logic below
  def _expired(self, stored_at, now):
    return now - stored_at >= self.ttl
  # step

  # helper below
  def _purge_expired(self, now):
    stale = [key for key, (stored_at, _) in self._entries.items() if self._expired(stored_at, now)]
    for key in stale:
      del self._entries[key]
  # step

  # main logic below
  def get(self, key, default=None):
    entry = self._entries.get(key)
    if entry is None:
      return default
    stored_at, value = entry  # step
    if self._expired(stored_at, self._clock()):
      del self._entries[key]
      return default
    self._entries.move_to_end(key)
    return value  # step


  # helper below
  def set(self, key, value):
    now = self._clock()
    replacing = key in self._entries
    self._entries[key] = (now, value)  # step
    self._entries.move_to_end(key)
    if replacing or len(self._entries) <= self.maxsize:
      return
    self._purge_expired(now)
    while len(self._entries) > self.maxsize:
      self._entries.popitem(last=False)


  # main logic below
  def __len__(self):
    self._purge_expired(self._clock())
    return len(self._entries)  # step
