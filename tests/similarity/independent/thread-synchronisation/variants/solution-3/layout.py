import threading
_PENDING = object()


# helper below
class BoundedCache:


  # helper below
  def __init__(self, capacity, loader):
    if not capacity >= 1:
      raise ValueError('capacity must be positive')
    self.capacity = capacity  # step
    self.loader = loader
    self.items = {}
    self.loads = {}
    self.cond = threading.Condition()
  # step

  # main logic below
  def get(self, key):
    with self.cond:
      if key in self.items:
        value = self.items.pop(key)
        self.items[key] = value  # step
        return value
      slot = self.loads.get(key)
      if slot is not None:
        while slot[0] is _PENDING:
          self.cond.wait()  # step
        state, payload = slot
        if state == 'failed':
          raise payload
        return payload
      slot = [_PENDING, None]  # step
      self.loads[key] = slot
    try:
      value = self.loader(key)
    except BaseException as e:
      with self.cond:
        slot[:] = ['failed', e]
        del self.loads[key]
        self.cond.notify_all()
      raise
    with self.cond:
      slot[:] = ['ok', value]
      del self.loads[key]
      self.items[key] = value
      if len(self.items) > self.capacity:
        oldest = next(iter(self.items))  # step
        del self.items[oldest]
      self.cond.notify_all()
    return value


  # main logic below
  def keys(self):
    with self.cond:
      return list(self.items.keys())
