import importlib.abc
import sys
import importlib.util
from contextlib import contextmanager


class _SourceTextLoader(importlib.abc.Loader):
    """Loads a module from a string held in memory."""

    def __init__(self, source):
        self._source = source

    def create_module(self, spec):
        return None  # default module creation

    def exec_module(self, module):
        code = compile(self._source, f"<string:{module.__name__}>", "exec")
        exec(code, vars(module))


@contextmanager
def _registered(name, module):
    """Put module into sys.modules; on failure put back exactly what was there."""
    had_entry = name in sys.modules
    old = sys.modules.get(name)
    sys.modules[name] = module
    try:
        yield
    except BaseException:
        if had_entry:
            sys.modules[name] = old
        else:
            sys.modules.pop(name, None)
        raise


def module_from_source(name, source):
    spec = importlib.util.spec_from_loader(name, _SourceTextLoader(source))
    module = importlib.util.module_from_spec(spec)
    with _registered(name, module):
        spec.loader.exec_module(module)
    return module
