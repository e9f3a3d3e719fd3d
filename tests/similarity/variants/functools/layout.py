import time
from collections import OrderedDict


# helper below
class TTLCache:


  # helper below
  def __init__(self, maxsize, ttl, clock=time.monotonic):
    if maxsize < 1:
      raise ValueError('maxsize must be at least 1')
    if ttl <= 0:
      raise ValueError('ttl must be positive')
    self.maxsize = maxsize
    self.ttl = ttl
    self._clock = clock
    self._data = OrderedDict()  # step


  # helper below
  def _purge(self, now):
    expired = [key for key, (expires_at, _) in self._data.items() if expires_at <= now]
    for key in expired:
      del self._data[key]  # step


  # main logic below
  def get(self, key, default=None):
    entry = self._data.get(key)
    if entry is None:
      return default  # step
    expires_at, value = entry
    if expires_at <= self._clock():
      del self._data[key]
      return default
    self._data.move_to_end(key)  # step
    return value


  # helper below
  def set(self, key, value):
    now = self._clock()
    self._data[key] = (now + self.ttl, value)  # step
    self._data.move_to_end(key)
    if len(self._data) > self.maxsize:
      self._purge(now)
    while len(self._data) > self.maxsize:
      self._data.popitem(last=False)  # step


  # main logic below
  def __len__(self):
    self._purge(self._clock())
    return len(self._data)
