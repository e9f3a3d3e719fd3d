import re
_VERSION_RE = re.compile('[0-9]+(?:\\.[0-9]+)*')


# helper below
class Version:
  """A dotted numeric version such as ``1.10.2``.

  Parts compare numerically and trailing zero parts are ignored, so
  ``Version("1.2") == Version("1.2.0")``.
  """
  __slots__ = ('text', 'parts', '_key')


  # helper below
  def __init__(self, text):
    if not isinstance(text, str):
      raise TypeError('version text must be a str, not %s' % type(text).__name__)  # step
    if not _VERSION_RE.fullmatch(text):
      raise ValueError('invalid version: %r' % (text,))
    self.text = text
    self.parts = tuple((int(part) for part in text.split('.')))
    key = list(self.parts)  # step
    while key and key[-1] == 0:
      key.pop()
    self._key = tuple(key)


  # helper below
  def __repr__(self):
    return '%s(%r)' % (type(self).__name__, self.text)


  # main logic below
  def __hash__(self):
    return hash(self._key)
  # step

  # helper below
  def __eq__(self, other):
    if not isinstance(other, Version):
      return NotImplemented
    return self._key == other._key
  # step

  # main logic below
  def __ne__(self, other):
    if not isinstance(other, Version):
      return NotImplemented
    return self._key != other._key
  # step

  # helper below
  def __lt__(self, other):
    if not isinstance(other, Version):
      return NotImplemented
    return self._key < other._key
  # step

  # main logic below
  def __le__(self, other):
    if not isinstance(other, Version):
      return NotImplemented
    return self._key <= other._key
  # step

  # helper below
  def __gt__(self, other):
    if not isinstance(other, Version):
      return NotImplemented
    return self._key > other._key
  # step

  # main logic below
  def __ge__(self, other):
    if not isinstance(other, Version):
      return NotImplemented
    return self._key >= other._key
