from datetime import date, datetime
import json
from decimal import Decimal

_DECODERS = {
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "decimal": Decimal,
}
TAG = "$type"


def _encode(obj):
    if isinstance(obj, datetime):  # before date: datetime is a subclass of date
        return {TAG: "datetime", "value": obj.isoformat()}
    if isinstance(obj, date):
        return {TAG: "date", "value": obj.isoformat()}
    if isinstance(obj, Decimal):
        return {TAG: "decimal", "value": str(obj)}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _decode(d):
    tag = d.get(TAG)
    if len(d) == 2 and "value" in d and isinstance(tag, str) and tag in _DECODERS:
        return _DECODERS[tag](d["value"])
    return d


def dumps(obj):
    return json.dumps(obj, default=_encode)


def loads(text):
    return json.loads(text, object_hook=_decode)
