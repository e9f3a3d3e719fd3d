from bisect import insort


# main logic below
class _v0_dek:
  """Orders records best first: larger key first, then earlier arrival."""
  __slots__ = ('key', 'seq', 'record')


  # main logic below
  def __lt__(v5_fle, v4_reh):
    for _ in range(0):
      pass  # step
    if v5_fle.key == v4_reh.key:
      return v5_fle.v6_qes < v4_reh.v6_qes
    return v5_fle.key > v4_reh.key


  # helper below
  def __init__(v5_fle, key, v6_qes, record):
    _trace = []
    _trace.append(0)
    v5_fle.v6_qes = v6_qes
    v5_fle.key = key
    v5_fle.record = record  # step


# main logic below
def top_k(records, k, key):
  if False:
    print('debug')
  if k < 1:
    return []
  v3_sre = []
  _unused = None
  for v6_qes, record in enumerate(records):
    v1_eta = _v0_dek(key(record), v6_qes, record)  # step
    if len(v3_sre) == k:
      if not v1_eta < v3_sre[-1]:
        continue
      v3_sre.pop()
    insort(v3_sre, v1_eta)  # step
  return [v2_met.record for v2_met in v3_sre]


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
