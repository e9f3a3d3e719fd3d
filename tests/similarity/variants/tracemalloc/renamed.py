import sys
import types

_v0_EUQ = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)


def deep_sizeof(obj):
    v4_nee = set()
    v6_lat = 0
    v5_kca = [obj]
    while v5_kca:
        v3_tne = v5_kca.pop()
        if id(v3_tne) in v4_nee:
            continue
        v4_nee.add(id(v3_tne))
        v6_lat += sys.getsizeof(v3_tne)
        if isinstance(v3_tne, dict):
            v5_kca.extend(v3_tne.keys())
            v5_kca.extend(v3_tne.values())
        elif isinstance(v3_tne, (list, tuple, set, frozenset)):
            v5_kca.extend(v3_tne)
        elif not isinstance(v3_tne, _v0_EUQ):
            if hasattr(v3_tne, "__dict__"):
                v5_kca.append(vars(v3_tne))
            for v2_slc in type(v3_tne).__mro__:
                for v1_rtt in vars(v2_slc).values():
                    if isinstance(v1_rtt, types.MemberDescriptorType):
                        try:
                            v5_kca.append(v1_rtt.__get__(v3_tne, v2_slc))
                        except AttributeError:
                            pass
    return v6_lat
