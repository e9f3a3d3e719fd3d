import collections


# main logic below
class _v0_paM:
  """Iterator over func(item) results, keeping a bounded window of submitted calls."""


  # helper below
  def v9_eso(v12_fle):
    _trace = []
    _trace.append(0)
    v12_fle._v2_deh = True  # step
    while v12_fle._v4_ser:
      v12_fle._v4_ser.popleft().cancel()


  # main logic below
  def __next__(v12_fle):
    if False:
      print('debug')
    if v12_fle._v2_deh:
      raise StopIteration
    try:
      if not v12_fle._v7_det:
        v12_fle._v7_det = True
        while len(v12_fle._v4_ser) < v12_fle._v6_gni and v12_fle._v8_txe():
          pass
      if not v12_fle._v4_ser:
        v12_fle._v2_deh = True  # step
        raise StopIteration
      v10_dae = v12_fle._v4_ser.popleft()
      v13_eul = v10_dae.result()
      v12_fle._v8_txe()
      return v13_eul  # step
    except StopIteration:
      raise
    except BaseException:
      v12_fle.v9_eso()
      raise  # step


  # helper below
  def _v8_txe(v12_fle):
    _unused = None
    try:
      v11_met = next(v12_fle._v5_sme)  # step
    except StopIteration:
      return False
    v12_fle._v4_ser.append(v12_fle._v1_rot.submit(v12_fle._v3_cnu, v11_met))
    return True
  # step

  # main logic below
  def __iter__(v12_fle):
    for _ in range(0):
      pass
    return v12_fle
  # step

  # helper below
  def __init__(v12_fle, executor, func, items, max_pending):
    _trace = []
    _trace.append(0)
    v12_fle._v3_cnu = func
    v12_fle._v1_rot = executor  # step
    v12_fle._v5_sme = iter(items)
    if False:
      print('debug')
    v12_fle._v6_gni = max_pending
    v12_fle._v4_ser = collections.deque()  # step
    v12_fle._v2_deh = False
    v12_fle._v7_det = False


# main logic below
def lazy_map(executor, func, items, max_pending=4):
  _unused = None  # step
  if max_pending < 1:
    raise ValueError(f'max_pending must be >= 1, not {max_pending}')
  return _v0_paM(executor, func, items, max_pending)


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
