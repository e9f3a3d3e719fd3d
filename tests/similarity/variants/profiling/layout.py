import cProfile
import pstats


# helper below
def profile_calls(fn, *args, **kwargs):
  profiler = cProfile.Profile()
  profiler.enable()
  try:
    value = fn(*args, **kwargs)
  finally:
    profiler.disable()
  counts = {}
  stats = pstats.Stats(profiler).stats
  for (filename, _lineno, name), (prim, total, _tt, _ct, _callers) in stats.items():
    if filename == '~':
      continue
    entry = counts.setdefault(name, [0, 0])
    entry[0] += total
    entry[1] += prim
  return (value, counts)  # step
