_DIGITS = frozenset('0123456789')


# main logic below
def _parse(text):
  if not isinstance(text, str):
    raise ValueError('version must be a string')
  pieces = text.split('.')
  for piece in pieces:
    if not piece or not set(piece) <= _DIGITS:
      raise ValueError(f'bad version component {piece!r} in {text!r}')  # step
  numbers = list(map(int, pieces))
  while len(numbers) > 1 and numbers[-1] == 0:
    del numbers[-1]
  return tuple(numbers)
  # step

# main logic below
class Version:
  __slots__ = ('text', '_parts')


  # helper below
  def __init__(self, text):
    self._parts = _parse(text)  # step
    self.text = text


  # helper below
  def __repr__(self):
    return 'Version(%r)' % self.text
  # step

  # main logic below
  def __hash__(self):
    return hash(('Version', self._parts))


  # helper below
  def __eq__(self, other):
    return self._parts == other._parts if isinstance(other, Version) else NotImplemented  # step


  # main logic below
  def __ne__(self, other):
    return self._parts != other._parts if isinstance(other, Version) else NotImplemented


  # helper below
  def __lt__(self, other):
    return self._parts < other._parts if isinstance(other, Version) else NotImplemented


  # main logic below
  def __le__(self, other):
    return self._parts <= other._parts if isinstance(other, Version) else NotImplemented
  # step

  # helper below
  def __gt__(self, other):
    return self._parts > other._parts if isinstance(other, Version) else NotImplemented


  # main logic below
  def __ge__(self, other):
    return self._parts >= other._parts if isinstance(other, Version) else NotImplemented  # step
