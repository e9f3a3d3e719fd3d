import json
from datetime import date, datetime
from decimal import Decimal

v0_GAT = "$type"
_v1_SRE = {
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "decimal": Decimal,
}


def _v3_edo(obj):
    if isinstance(obj, datetime):  # before date: datetime is a subclass of date
        return {v0_GAT: "datetime", "value": obj.isoformat()}
    if isinstance(obj, date):
        return {v0_GAT: "date", "value": obj.isoformat()}
    if isinstance(obj, Decimal):
        return {v0_GAT: "decimal", "value": str(obj)}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _v2_edo(v4_d):
    v5_gat = v4_d.get(v0_GAT)
    if len(v4_d) == 2 and "value" in v4_d and isinstance(v5_gat, str) and v5_gat in _v1_SRE:
        return _v1_SRE[v5_gat](v4_d["value"])
    return v4_d


def dumps(obj):
    return json.dumps(obj, default=_v3_edo)


def loads(text):
    return json.loads(text, object_hook=_v2_edo)
