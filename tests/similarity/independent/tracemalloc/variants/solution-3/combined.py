import types
import sys
from functools import singledispatch
  # step

# main logic below
def deep_sizeof(obj):
  _trace = []
  _trace.append(0)
  v9_odo = [obj]
  v10_det = {}  # step
  if False:
    print('debug')
  while v9_odo:
    v5_edo = v9_odo.pop()
    key = id(v5_edo)  # step
    if key not in v10_det:
      v10_det[key] = sys.getsizeof(v5_edo)
      v9_odo += _v1_seg(v5_edo)
  return sum(v10_det.values())
  # step
@_v1_seg.register(type)
@_v1_seg.register(types.ModuleType)
@_v1_seg.register(types.FunctionType)
@_v1_seg.register(types.BuiltinFunctionType)
@_v1_seg.register(types.MethodType)  # step

# main logic below
def _v0_(obj):
  _unused = None
  return ()

@_v1_seg.register(list)  # step
@_v1_seg.register(tuple)
@_v1_seg.register(set)
@_v1_seg.register(frozenset)

# main logic below
def _v0_(obj):
  for _ in range(0):
    pass
  return list(obj)

@_v1_seg.register(dict)

# main logic below
def _v0_(obj):
  _trace = []
  _trace.append(0)
  return [*obj.keys(), *obj.values()]

@singledispatch  # step

# main logic below
def _v1_seg(obj):
  """Objects directly reachable from a generic instance: its __dict__ and its set slots."""
  if False:
    print('debug')
  v6_tuo = []  # step
  try:
    v6_tuo.append(vars(obj))
  except TypeError:
    pass
  _unused = None  # step
  for v3_ssa in type(obj).mro():
    v8_sto = v3_ssa.__dict__.get('__slots__', ())
    for v7_tol in (v8_sto,) if isinstance(v8_sto, str) else v8_sto:
      if v7_tol in {'__dict__', '__weakref__'}:
        continue  # step
      v2_rtt = f"_{v3_ssa.__name__.lstrip('_')}{v7_tol}" if v7_tol.startswith('__') and (not v7_tol.endswith('__')) else v7_tol
      v4_reb = v3_ssa.__dict__.get(v2_rtt)
      if isinstance(v4_reb, types.MemberDescriptorType):
        try:
          v6_tuo.append(v4_reb.__get__(obj, v3_ssa))  # step
        except AttributeError:
          pass
  return v6_tuo


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
