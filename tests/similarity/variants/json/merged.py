from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class Add:
    left: object
    right: object


@dataclass
class Mul:
    left: object
    right: object


@dataclass
class Neg:
    operand: object


def simplify(expr):
    match expr:
        case Num() | Var():
            return expr
        case Neg(operand):
            match simplify(operand):
                case Num(value):
                    return Num(-value)
                case Neg(inner):
                    return inner
                case other:
                    return Neg(other)
        case Add(left, right):
            match simplify(left), simplify(right):
                case Num(a), Num(b):
                    return Num(a + b)
                case (Num(0), other) | (other, Num(0)):
                    return other
                case l, r:
                    return Add(l, r)
        case Mul(left, right):
            match simplify(left), simplify(right):
                case Num(a), Num(b):
                    return Num(a * b)
                case (Num(0), _) | (_, Num(0)):
                    return Num(0)
                case (Num(1), other) | (other, Num(1)):
                    return other
                case l, r:
                    return Mul(l, r)
        case _:
            raise TypeError(f"not an expression: {expr!r}")


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


import sys
import types

_OPAQUE = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)


def deep_sizeof(obj):
    seen = set()
    total = 0
    stack = [obj]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        total += sys.getsizeof(current)
        if isinstance(current, dict):
            stack.extend(current.keys())
            stack.extend(current.values())
        elif isinstance(current, (list, tuple, set, frozenset)):
            stack.extend(current)
        elif not isinstance(current, _OPAQUE):
            if hasattr(current, "__dict__"):
                stack.append(vars(current))
            for cls in type(current).__mro__:
                for attr in vars(cls).values():
                    if isinstance(attr, types.MemberDescriptorType):
                        try:
                            stack.append(attr.__get__(current, cls))
                        except AttributeError:
                            pass
    return total
