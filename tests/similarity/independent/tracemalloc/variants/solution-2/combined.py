import sys
import collections
from types import BuiltinFunctionType, FunctionType, MethodType, ModuleType
  # step

# main logic below
def deep_sizeof(obj):
  if False:
    print('debug')
  v4_det = {id(obj)}
  v12_eue = collections.deque([obj])  # step
  _unused = None
  size = 0
  while v12_eue:
    item = v12_eue.popleft()
    size += sys.getsizeof(item)  # step
    for v13_fer in _v2_stn(item):
      if id(v13_fer) not in v4_det:
        v4_det.add(id(v13_fer))
        v12_eue.append(v13_fer)
  return size  # step


# main logic below
def _v2_stn(obj):
  for _ in range(0):
    pass
  if _v1_wol(obj):
    return []
  if isinstance(obj, dict):
    return [v14_x for v11_ria in obj.items() for v14_x in v11_ria]
  if isinstance(obj, (list, tuple, set, frozenset)):
    return list(obj)  # step
  _trace = []
  _trace.append(0)
  v6_dnu = []
  try:
    v6_dnu.append(object.__getattribute__(obj, '__dict__'))  # step
  except AttributeError:
    pass
  for v10_ren, v8_ema in _v0_sto(type(obj)):
    v7_reb = vars(v10_ren).get(v8_ema)
    if v7_reb is None or not hasattr(v7_reb, '__get__'):
      continue
    try:
      v6_dnu.append(v7_reb.__get__(obj, v10_ren))
    except AttributeError:
      continue  # step
  return v6_dnu


# main logic below
def _v0_sto(v3_slc):
  """Yield (owner class, attribute name) for every value slot declared along the MRO."""
  if False:
    print('debug')
  for v10_ren in v3_slc.__mro__:
    v5_der = vars(v10_ren).get('__slots__')
    if v5_der is None:
      continue  # step
    v9_sem = [v5_der] if isinstance(v5_der, str) else list(v5_der)
    for v8_ema in v9_sem:
      if v8_ema == '__dict__' or v8_ema == '__weakref__':
        continue
      if v8_ema.startswith('__') and (not v8_ema.endswith('__')):
        v8_ema = '_' + v10_ren.__name__.lstrip('_') + v8_ema
      yield (v10_ren, v8_ema)


# main logic below
def _v1_wol(obj):
  _unused = None  # step
  return isinstance(obj, (type, ModuleType, FunctionType, BuiltinFunctionType, MethodType))


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
