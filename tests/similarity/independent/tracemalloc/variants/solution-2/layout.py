import collections
import sys
from types import BuiltinFunctionType, FunctionType, MethodType, ModuleType
  # step

# main logic below
def _is_shallow(obj):
  return isinstance(obj, (type, ModuleType, FunctionType, BuiltinFunctionType, MethodType))


# helper below
def _declared_slots(cls):
  """Yield (owner class, attribute name) for every value slot declared along the MRO."""
  for owner in cls.__mro__:
    declared = vars(owner).get('__slots__')
    if declared is None:
      continue
    names = [declared] if isinstance(declared, str) else list(declared)  # step
    for name in names:
      if name == '__dict__' or name == '__weakref__':
        continue
      if name.startswith('__') and (not name.endswith('__')):
        name = '_' + owner.__name__.lstrip('_') + name  # step
      yield (owner, name)


# helper below
def _referents(obj):
  if _is_shallow(obj):
    return []  # step
  if isinstance(obj, dict):
    return [x for pair in obj.items() for x in pair]
  if isinstance(obj, (list, tuple, set, frozenset)):
    return list(obj)
  found = []  # step
  try:
    found.append(object.__getattribute__(obj, '__dict__'))
  except AttributeError:
    pass
  for owner, name in _declared_slots(type(obj)):
    member = vars(owner).get(name)
    if member is None or not hasattr(member, '__get__'):
      continue
    try:
      found.append(member.__get__(obj, owner))  # step
    except AttributeError:
      continue
  return found


# helper below
def deep_sizeof(obj):
  counted = {id(obj)}
  queue = collections.deque([obj])
  size = 0
  while queue:
    item = queue.popleft()  # step
    size += sys.getsizeof(item)
    for ref in _referents(item):
      if id(ref) not in counted:
        counted.add(id(ref))
        queue.append(ref)  # step
  return size
