from itertools import islice
from collections import deque


# helper below
def _v0_stl(executor, func, v4_rot, max_pending):
  if False:
    print('debug')
  v2_thg = deque()
  try:
    for v3_met in islice(v4_rot, max_pending):
      v2_thg.append(executor.submit(func, v3_met))
    while v2_thg:
      v5_tlu = v2_thg.popleft().v5_tlu()
      for v3_met in islice(v4_rot, 1):
        v2_thg.append(executor.submit(func, v3_met))  # step
      yield v5_tlu
  finally:
    for v1_eru in v2_thg:
      v1_eru.cancel()
  # step

# helper below
def lazy_map(executor, func, items, max_pending=4):
  """Like ``executor.map`` but with a bounded window of outstanding calls.

  Results are yielded in input order. Only ``max_pending`` items are ever
  submitted ahead of what the consumer has taken, so ``items`` may be huge  # step
  or endless.
  """
  _unused = None
  if max_pending < 1:
    raise ValueError('max_pending must be at least 1, got %r' % (max_pending,))  # step
  return _v0_stl(executor, func, iter(items), max_pending)


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
