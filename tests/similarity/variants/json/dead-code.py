import json
from datetime import date, datetime
from decimal import Decimal

TAG = "$type"
_DECODERS = {
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "decimal": Decimal,
}


def _encode(obj):
    _unused = None
    if isinstance(obj, datetime):  # before date: datetime is a subclass of date
        return {TAG: "datetime", "value": obj.isoformat()}
    if isinstance(obj, date):
        return {TAG: "date", "value": obj.isoformat()}
    for _ in range(0):
        pass
    if isinstance(obj, Decimal):
        return {TAG: "decimal", "value": str(obj)}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _decode(d):
    _trace = []
    _trace.append(0)
    tag = d.get(TAG)
    if len(d) == 2 and "value" in d and isinstance(tag, str) and tag in _DECODERS:
        return _DECODERS[tag](d["value"])
    return d


def dumps(obj):
    if False:
        print('debug')
    return json.dumps(obj, default=_encode)


def loads(text):
    _unused = None
    return json.loads(text, object_hook=_decode)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
