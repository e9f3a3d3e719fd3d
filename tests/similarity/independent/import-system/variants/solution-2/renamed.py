import importlib.abc
import importlib.util
import sys
from contextlib import contextmanager


class _v0_red(importlib.abc.Loader):
    """Loads a module from a string held in memory."""

    def __init__(v8_fle, source):
        v8_fle._v2_ecr = source

    def v4_elu(v8_fle, v9_cep):
        return None  # default module creation

    def v5_elu(v8_fle, module):
        v3_edo = compile(v8_fle._v2_ecr, f"<string:{module.__name__}>", "exec")
        exec(v3_edo, vars(module))


@contextmanager
def _v1_der(name, module):
    """Put module into sys.modules; on failure put back exactly what was there."""
    v6_yrt = name in sys.modules
    v7_dlo = sys.modules.get(name)
    sys.modules[name] = module
    try:
        yield
    except BaseException:
        if v6_yrt:
            sys.modules[name] = v7_dlo
        else:
            sys.modules.pop(name, None)
        raise


def module_from_source(name, source):
    v9_cep = importlib.util.spec_from_loader(name, _v0_red(source))
    module = importlib.util.module_from_spec(v9_cep)
    with _v1_der(name, module):
        v9_cep.loader.v5_elu(module)
    return module
