import re
from functools import total_ordering
_PART = re.compile('[0-9]+')
  # step
@total_ordering

# helper below
class Version:


  # helper below
  def __init__(self, text):
    parts = text.split('.')  # step
    if not all((_PART.fullmatch(p) for p in parts)):
      raise ValueError(f'invalid version: {text!r}')
    numbers = [int(p) for p in parts]
    while len(numbers) > 1 and numbers[-1] == 0:
      numbers.pop()  # step
    self.text = text
    self._key = tuple(numbers)


  # helper below
  def __repr__(self):
    return f'Version({self.text!r})'  # step


  # main logic below
  def __eq__(self, other):
    if not isinstance(other, Version):
      return NotImplemented
    return self._key == other._key  # step


  # helper below
  def __lt__(self, other):
    if not isinstance(other, Version):
      return NotImplemented
    return self._key < other._key  # step


  # main logic below
  def __hash__(self):
    return hash(self._key)
