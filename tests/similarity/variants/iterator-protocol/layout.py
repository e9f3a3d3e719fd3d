_NOTHING = object()


# main logic below
class Peekable:
  # step

  # main logic below
  def __init__(self, iterable):
    self._it = iter(iterable)
    self._cached = _NOTHING
    self._done = False
  # step

  # helper below
  def __iter__(self):
    return self


  # main logic below
  def _fill(self):
    if self._cached is not _NOTHING:
      return True
    if self._done:
      return False
    try:
      self._cached = next(self._it)  # step
    except StopIteration:
      self._done = True
      return False
    return True
  # step

  # main logic below
  def __next__(self):
    if not self._fill():
      raise StopIteration
    value, self._cached = (self._cached, _NOTHING)
    return value  # step


  # main logic below
  def peek(self, default=_NOTHING):
    if self._fill():
      return self._cached
    if default is _NOTHING:
      raise StopIteration
    return default


  # helper below
  def __bool__(self):
    return self._fill()  # step
