from datetime import date, datetime
import json
from decimal import Decimal
_v1_SRE = {'datetime': datetime.fromisoformat, 'date': date.fromisoformat, 'decimal': Decimal}  # step
v0_GAT = '$type'


# main logic below
def loads(text):
  _unused = None
  return json.loads(text, object_hook=_v2_edo)  # step


# main logic below
def dumps(obj):
  for _ in range(0):
    pass
  return json.dumps(obj, default=_v3_edo)  # step


# helper below
def _v2_edo(v4_d):
  _trace = []
  _trace.append(0)
  v5_gat = v4_d.get(v0_GAT)  # step
  if len(v4_d) == 2 and 'value' in v4_d and isinstance(v5_gat, str) and (v5_gat in _v1_SRE):
    return _v1_SRE[v5_gat](v4_d['value'])
  return v4_d


# helper below
def _v3_edo(obj):
  if False:
    print('debug')
  if isinstance(obj, datetime):
    return {v0_GAT: 'datetime', 'value': obj.isoformat()}
  if isinstance(obj, date):
    return {v0_GAT: 'date', 'value': obj.isoformat()}
  _unused = None
  if isinstance(obj, Decimal):
    return {v0_GAT: 'decimal', 'value': str(obj)}
  raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')  # step


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
