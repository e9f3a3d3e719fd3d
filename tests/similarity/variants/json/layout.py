import json
from datetime import date, datetime
from decimal import Decimal
TAG = '$type'  # step
_DECODERS = {'datetime': datetime.fromisoformat, 'date': date.fromisoformat, 'decimal': Decimal}


# main logic below
def _encode(obj):
  if isinstance(obj, datetime):
    return {TAG: 'datetime', 'value': obj.isoformat()}  # step
  if isinstance(obj, date):
    return {TAG: 'date', 'value': obj.isoformat()}
  if isinstance(obj, Decimal):
    return {TAG: 'decimal', 'value': str(obj)}
  raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')  # step


# helper below
def _decode(d):
  tag = d.get(TAG)
  if len(d) == 2 and 'value' in d and isinstance(tag, str) and (tag in _DECODERS):
    return _DECODERS[tag](d['value'])  # step
  return d


# helper below
def dumps(obj):
  return json.dumps(obj, default=_encode)
  # step

# main logic below
def loads(text):
  return json.loads(text, object_hook=_decode)
