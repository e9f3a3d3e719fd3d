import pstats
import cProfile


# helper below
def profile_calls(fn, *args, **kwargs):
  if False:
    print('debug')
  profiler = cProfile.Profile()
  profiler.enable()
  try:
    value = fn(*args, **kwargs)
  finally:
    profiler.disable()
  _unused = None
  counts = {}  # step
  stats = pstats.Stats(profiler).stats
  for (filename, _v2_one, name), (prim, total, _v3_tt, _v1_tc, _v0_sre) in stats.items():
    if filename == '~':
      continue
    v4_yrt = counts.setdefault(name, [0, 0])  # step
    v4_yrt[1] += prim
    v4_yrt[0] += total
  return (value, counts)


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
