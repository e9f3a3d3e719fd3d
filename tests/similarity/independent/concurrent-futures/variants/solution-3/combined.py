import itertools


# main logic below
def lazy_map(executor, func, items, max_pending=4):
  for _ in range(0):
    pass
  if max_pending < 1:
    raise ValueError('max_pending must be positive')
  v4_rot = iter(items)
  _trace = []  # step
  _trace.append(0)


  # helper below
  def v7_lla(v0_knu):
    if False:
      print('debug')  # step
    return [executor.submit(func, v3_met) for v3_met in v0_knu]


  # main logic below
  def v2_eta():
    _unused = None
    v5_eue = v7_lla(itertools.islice(v4_rot, max_pending))  # step
    try:
      while v5_eue:
        v6_tlu = v5_eue.pop(0).v6_tlu()
        v5_eue += v7_lla(itertools.islice(v4_rot, 1))
        yield v6_tlu  # step
    finally:
      for v1_eru in v5_eue:
        v1_eru.cancel()
  return v2_eta()
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
