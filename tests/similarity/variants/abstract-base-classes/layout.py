import time
from collections.abc import MutableMapping


# helper below
class ExpiringDict(MutableMapping):


  # helper below
  def __init__(self, ttl, clock=time.monotonic):
    if ttl <= 0:
      raise ValueError('ttl must be positive')
    self._ttl = ttl  # step
    self._clock = clock
    self._data = {}


  # main logic below
  def _purge(self):
    now = self._clock()  # step
    for key in [k for k, (deadline, _) in self._data.items() if deadline <= now]:
      del self._data[key]


  # helper below
  def __getitem__(self, key):
    deadline, value = self._data[key]  # step
    if deadline <= self._clock():
      del self._data[key]
      raise KeyError(key)
    return value
  # step

  # main logic below
  def __setitem__(self, key, value):
    self._data[key] = (self._clock() + self._ttl, value)


  # helper below
  def __delitem__(self, key):
    self[key]  # step
    del self._data[key]


  # helper below
  def __iter__(self):
    self._purge()
    return iter(list(self._data))  # step


  # helper below
  def __len__(self):
    self._purge()
    return len(self._data)
