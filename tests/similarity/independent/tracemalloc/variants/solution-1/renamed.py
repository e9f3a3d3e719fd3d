import sys
import types

# Objects counted shallowly: we never look inside them.
_v0_SEP = (
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
)


def deep_sizeof(obj):
    """Total ``sys.getsizeof`` of ``obj`` and everything reachable from it.

    Each distinct object is counted once. Traversal uses an explicit stack so
    cycles and very deep structures are both fine.
    """
    v10_nee = set()
    v14_lat = 0
    v12_kca = [obj]
    while v12_kca:
        v6_tne = v12_kca.pop()
        if id(v6_tne) in v10_nee:
            continue
        v10_nee.add(id(v6_tne))
        v14_lat += sys.getsizeof(v6_tne)
        v12_kca.extend(_v2_stn(v6_tne))
    return v14_lat


def _v2_stn(obj):
    if isinstance(obj, _v0_SEP):
        return []
    if isinstance(obj, dict):
        v4_ner = []
        for key, value in obj.items():
            v4_ner.append(key)
            v4_ner.append(value)
        return v4_ner
    if isinstance(obj, (list, tuple, set, frozenset)):
        return list(obj)

    v4_ner = []
    try:
        v8_tci = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        v8_tci = None
    if isinstance(v8_tci, dict):
        v4_ner.append(v8_tci)
    v4_ner.extend(_v3_seu(obj))
    return v4_ner


def _v3_seu(obj):
    v15_seu = []
    for v5_slc in type(obj).__mro__:
        v11_sto = v5_slc.__dict__.get("__slots__", ())
        if isinstance(v11_sto, str):
            v11_sto = (v11_sto,)
        for v9_ema in v11_sto:
            if v9_ema in ("__dict__", "__weakref__"):
                continue
            v7_rot = v5_slc.__dict__.get(_v1_elg(v5_slc, v9_ema))
            if v7_rot is None or not hasattr(v7_rot, "__get__"):
                continue
            try:
                v15_seu.append(v7_rot.__get__(obj, v5_slc))
            except AttributeError:
                pass  # slot declared but never assigned
    return v15_seu


def _v1_elg(v5_slc, v9_ema):
    if v9_ema.startswith("__") and not v9_ema.endswith("__"):
        v13_dep = v5_slc.__name__.lstrip("_")
        if v13_dep:
            return "_{}{}".format(v13_dep, v9_ema)
    return v9_ema
