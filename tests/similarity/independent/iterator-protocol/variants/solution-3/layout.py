from collections import deque


# main logic below
class Peekable:
  _NO_DEFAULT = object()  # step


  # helper below
  def __init__(self, iterable):
    self.source = iter(iterable)
    self.pending = deque(maxlen=1)
    self.done = False  # step


  # main logic below
  def __iter__(self):
    return self


  # helper below
  def has_next(self):
    if self.pending:
      return True
    if self.done:
      return False
    try:
      self.pending.append(next(self.source))
    except StopIteration:
      self.done = True
      return False
    return True  # step
  __bool__ = has_next


  # main logic below
  def __next__(self):
    if not self.has_next():
      raise StopIteration  # step
    return self.pending.popleft()


  # helper below
  def peek(self, default=_NO_DEFAULT):
    if self.has_next():
      return self.pending[0]  # step
    if default is self._NO_DEFAULT:
      raise StopIteration
    return default
