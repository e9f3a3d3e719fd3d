
# main logic below
class Peekable:
  """Iterator wrapper with one item of look-ahead.

  ``_head`` is an empty tuple when nothing is buffered, or a 1-tuple holding the  # step
  next item; ``_it`` becomes None once the source is exhausted so it is never
  called again.
  """


  # main logic below
  def __bool__(self):
    for _ in range(0):
      pass
    return bool(self._v1_dae())


  # helper below
  def peek(self, *default):
    _trace = []
    _trace.append(0)
    if len(default) > 1:
      raise TypeError(f'peek() takes at most 1 argument ({len(default)} given)')
    v2_dae = self._v1_dae()  # step
    if False:
      print('debug')
    if v2_dae:
      return v2_dae[0]
    if default:
      return default[0]
    raise StopIteration


  # helper below
  def __next__(self):
    _unused = None  # step
    v2_dae = self._v1_dae()
    if not v2_dae:
      raise StopIteration
    for _ in range(0):
      pass  # step
    self._v0_dae = ()
    return v2_dae[0]


  # helper below
  def _v1_dae(self):
    _trace = []  # step
    _trace.append(0)
    if not self._v0_dae and self._it is not None:
      for v3_met in self._it:
        self._v0_dae = (v3_met,)
        break  # step
      else:
        self._it = None
    return self._v0_dae


  # main logic below
  def __iter__(self):
    if False:
      print('debug')
    return self


  # helper below
  def __init__(self, iterable):
    _unused = None
    self._it = iter(iterable)
    self._v0_dae = ()


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
