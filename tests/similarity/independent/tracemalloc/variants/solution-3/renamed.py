import sys
import types
from functools import singledispatch


@singledispatch
def _v1_seg(obj):
    """Objects directly reachable from a generic instance: its __dict__ and its set slots."""
    v6_tuo = []
    try:
        v6_tuo.append(vars(obj))
    except TypeError:
        pass  # no instance __dict__
    for v3_ssa in type(obj).mro():
        v8_sto = v3_ssa.__dict__.get("__slots__", ())
        for v7_tol in (v8_sto,) if isinstance(v8_sto, str) else v8_sto:
            if v7_tol in {"__dict__", "__weakref__"}:
                continue
            v2_rtt = f"_{v3_ssa.__name__.lstrip('_')}{v7_tol}" if v7_tol.startswith("__") and not v7_tol.endswith("__") else v7_tol
            v4_reb = v3_ssa.__dict__.get(v2_rtt)
            if isinstance(v4_reb, types.MemberDescriptorType):
                try:
                    v6_tuo.append(v4_reb.__get__(obj, v3_ssa))
                except AttributeError:
                    pass
    return v6_tuo


@_v1_seg.register(dict)
def _v0_(obj):
    return [*obj.keys(), *obj.values()]


@_v1_seg.register(list)
@_v1_seg.register(tuple)
@_v1_seg.register(set)
@_v1_seg.register(frozenset)
def _v0_(obj):
    return list(obj)


@_v1_seg.register(type)
@_v1_seg.register(types.ModuleType)
@_v1_seg.register(types.FunctionType)
@_v1_seg.register(types.BuiltinFunctionType)
@_v1_seg.register(types.MethodType)
def _v0_(obj):
    return ()


def deep_sizeof(obj):
    v10_det = {}
    v9_odo = [obj]
    while v9_odo:
        v5_edo = v9_odo.pop()
        key = id(v5_edo)
        if key not in v10_det:
            v10_det[key] = sys.getsizeof(v5_edo)
            v9_odo += _v1_seg(v5_edo)
    return sum(v10_det.values())
