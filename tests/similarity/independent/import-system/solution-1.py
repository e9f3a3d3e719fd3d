import importlib.util
import sys

_ABSENT = object()


def module_from_source(name, source):
    spec = importlib.util.spec_from_loader(name, loader=None)
    module = importlib.util.module_from_spec(spec)
    previous = sys.modules.get(name, _ABSENT)
    sys.modules[name] = module
    try:
        code = compile(source, f"<plugin {name}>", "exec")
        exec(code, module.__dict__)
    except BaseException:
        if previous is _ABSENT:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = previous
        raise
    return module
