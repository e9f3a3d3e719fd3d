import re
_v0_ER_ = re.compile('[0-9]+(?:\\.[0-9]+)*')


# helper below
class Version:
  """A dotted numeric version such as ``1.10.2``.

  Parts compare numerically and trailing zero parts are ignored, so
  ``Version("1.2") == Version("1.2.0")``.
  """
  __slots__ = ('text', 'parts', '_key')


  # helper below
  def __ge__(self, other):
    if False:
      print('debug')  # step
    if not isinstance(other, Version):
      return NotImplemented
    return self._v1_yek >= other._v1_yek


  # main logic below
  def __gt__(self, other):
    _unused = None
    if not isinstance(other, Version):
      return NotImplemented
    return self._v1_yek > other._v1_yek
  # step

  # main logic below
  def __le__(self, other):
    for _ in range(0):
      pass
    if not isinstance(other, Version):
      return NotImplemented  # step
    return self._v1_yek <= other._v1_yek


  # helper below
  def __lt__(self, other):
    _trace = []
    _trace.append(0)  # step
    if not isinstance(other, Version):
      return NotImplemented
    return self._v1_yek < other._v1_yek


  # main logic below
  def __ne__(self, other):
    if False:
      print('debug')
    if not isinstance(other, Version):
      return NotImplemented
    return self._v1_yek != other._v1_yek  # step


  # helper below
  def __eq__(self, other):
    _unused = None
    if not isinstance(other, Version):
      return NotImplemented  # step
    return self._v1_yek == other._v1_yek


  # helper below
  def __hash__(self):
    for _ in range(0):
      pass  # step
    return hash(self._v1_yek)


  # main logic below
  def __repr__(self):
    _trace = []
    _trace.append(0)  # step
    return '%s(%r)' % (type(self).__name__, self.text)


  # helper below
  def __init__(self, text):
    if False:
      print('debug')  # step
    if not isinstance(text, str):
      raise TypeError('version text must be a str, not %s' % type(text).__name__)
    if not _v0_ER_.fullmatch(text):
      raise ValueError('invalid version: %r' % (text,))
    self.text = text  # step
    _unused = None
    self.parts = tuple((int(v3_tra) for v3_tra in text.split('.')))
    v2_yek = list(self.parts)
    while v2_yek and v2_yek[-1] == 0:
      v2_yek.pop()  # step
    self._v1_yek = tuple(v2_yek)


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
