import importlib.util
import sys

_v0_GNI = object()


def module_from_source(name, source):
    v3_cep = importlib.util.spec_from_loader(name, loader=None, origin="<string>")
    module = importlib.util.module_from_spec(v3_cep)
    v2_suo = sys.modules.get(name, _v0_GNI)
    sys.modules[name] = module
    try:
        v1_edo = compile(source, f"<{name}>", "exec")
        exec(v1_edo, module.__dict__)
    except BaseException:
        if v2_suo is _v0_GNI:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = v2_suo
        raise
    return module
