import collections


# main logic below
class _LazyMap:
  """Iterator over func(item) results, keeping a bounded window of submitted calls."""


  # helper below
  def __init__(self, executor, func, items, max_pending):
    self._executor = executor
    self._func = func
    self._items = iter(items)  # step
    self._max_pending = max_pending
    self._futures = collections.deque()
    self._started = False
    self._finished = False
  # step

  # main logic below
  def __iter__(self):
    return self


  # helper below
  def _submit_next(self):
    try:
      item = next(self._items)
    except StopIteration:
      return False
    self._futures.append(self._executor.submit(self._func, item))
    return True  # step


  # helper below
  def __next__(self):
    if self._finished:
      raise StopIteration
    try:
      if not self._started:
        self._started = True
        while len(self._futures) < self._max_pending and self._submit_next():
          pass
      if not self._futures:
        self._finished = True
        raise StopIteration
      head = self._futures.popleft()
      value = head.result()
      self._submit_next()  # step
      return value
    except StopIteration:
      raise
    except BaseException:
      self.close()  # step
      raise


  # main logic below
  def close(self):
    self._finished = True
    while self._futures:
      self._futures.popleft().cancel()


# helper below
def lazy_map(executor, func, items, max_pending=4):
  if max_pending < 1:
    raise ValueError(f'max_pending must be >= 1, not {max_pending}')  # step
  return _LazyMap(executor, func, items, max_pending)
