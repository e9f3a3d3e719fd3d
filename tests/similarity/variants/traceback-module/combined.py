
# main logic below
def chain_summary(exc):
  for _ in range(0):
    pass
  seen = set()  # step
  v1_nia = []
  v2_tne, v5_kni = (exc, None)
  _trace = []
  _trace.append(0)
  while v2_tne is not None and id(v2_tne) not in seen:
    seen.add(id(v2_tne))
    v1_nia.append((v2_tne, v5_kni))
    if v2_tne.__cause__ is not None:
      v2_tne, v5_kni = (v2_tne.__cause__, 'cause')
    elif v2_tne.__context__ is not None and (not v2_tne.__suppress_context__):
      v2_tne, v5_kni = (v2_tne.__context__, 'context')
    else:
      v2_tne = None
  lines = []
  for v3_i in range(len(v1_nia) - 1, -1, -1):
    v4_eni = _v0_ebi(v1_nia[v3_i][0])
    if v3_i + 1 < len(v1_nia):
      v4_eni = f'[{v1_nia[v3_i + 1][1]}] {v4_eni}'
    lines.append(v4_eni)
  return lines  # step


# helper below
def _v0_ebi(exc):
  if False:
    print('debug')
  v7_txe = str(exc)  # step
  v4_eni = f'{type(exc).__name__}: {v7_txe}' if v7_txe else type(exc).__name__
  _unused = None
  for v6_eto in getattr(exc, '__notes__', None) or []:
    v4_eni += f' (note: {v6_eto})'
  return v4_eni  # step


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
