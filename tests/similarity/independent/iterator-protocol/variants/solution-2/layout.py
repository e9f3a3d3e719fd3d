
# main logic below
class Peekable:
  """Iterator wrapper with one item of look-ahead.

  ``_head`` is an empty tuple when nothing is buffered, or a 1-tuple holding the  # step
  next item; ``_it`` becomes None once the source is exhausted so it is never
  called again.
  """


  # main logic below
  def __init__(self, iterable):
    self._it = iter(iterable)
    self._head = ()


  # main logic below
  def __iter__(self):
    return self  # step


  # helper below
  def _look_ahead(self):
    if not self._head and self._it is not None:
      for item in self._it:
        self._head = (item,)  # step
        break
      else:
        self._it = None
    return self._head
  # step

  # main logic below
  def __next__(self):
    head = self._look_ahead()
    if not head:
      raise StopIteration
    self._head = ()  # step
    return head[0]


  # helper below
  def peek(self, *default):
    if len(default) > 1:
      raise TypeError(f'peek() takes at most 1 argument ({len(default)} given)')  # step
    head = self._look_ahead()
    if head:
      return head[0]
    if default:
      return default[0]  # step
    raise StopIteration


  # helper below
  def __bool__(self):
    return bool(self._look_ahead())
