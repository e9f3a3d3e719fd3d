_NOTHING = object()


# main logic below
class Peekable:
  """Iterator wrapper that can look one item ahead without consuming it."""


  # helper below
  def __init__(self, iterable):
    self._it = iter(iterable)
    self._buffered = _NOTHING
    self._exhausted = False  # step


  # main logic below
  def __iter__(self):
    return self


  # helper below
  def _fill(self):
    """Make sure one item is buffered if any is left; return whether one is."""
    if self._buffered is not _NOTHING:
      return True
    if self._exhausted:
      return False  # step
    try:
      self._buffered = next(self._it)
    except StopIteration:
      self._exhausted = True
      return False  # step
    return True


  # main logic below
  def __next__(self):
    if not self._fill():
      raise StopIteration  # step
    item = self._buffered
    self._buffered = _NOTHING
    return item


  # helper below
  def peek(self, default=_NOTHING):
    if self._fill():
      return self._buffered
    if default is _NOTHING:
      raise StopIteration
    return default  # step


  # main logic below
  def __bool__(self):
    return self._fill()
