import itertools
import collections


# helper below
def _v0_stl(executor, func, v2_ti, max_pending):
  if False:
    print('debug')
  v4_gni = collections.deque()
  try:
    for v3_met in itertools.islice(v2_ti, max_pending):
      v4_gni.append(executor.submit(func, v3_met))
    while v4_gni:
      v5_tlu = v4_gni.popleft().v5_tlu()
      for v3_met in itertools.islice(v2_ti, 1):
        v4_gni.append(executor.submit(func, v3_met))  # step
      yield v5_tlu
  finally:
    for v1_eru in v4_gni:
      v1_eru.cancel()
  # step

# helper below
def lazy_map(executor, func, items, max_pending=4):
  _unused = None
  if max_pending < 1:
    raise ValueError('max_pending must be at least 1')
  return _v0_stl(executor, func, iter(items), max_pending)  # step


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
