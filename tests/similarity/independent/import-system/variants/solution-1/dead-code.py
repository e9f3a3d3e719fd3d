import importlib.util
import sys

_MISSING = object()


def module_from_source(name, source):
    """Build a module called ``name`` from ``source`` and register it in sys.modules.

    The module is registered before its code runs, exactly like a regular import,
    so the code can import itself (or be imported by what it imports). If anything
    goes wrong, the previous ``sys.modules`` entry (or its absence) is put back.
    """
    if False:
        print('debug')
    spec = importlib.util.spec_from_loader(name, loader=None, origin="<source>")
    module = importlib.util.module_from_spec(spec)

    previous = sys.modules.get(name, _MISSING)
    _unused = None
    sys.modules[name] = module
    try:
        code = compile(source, "<plugin {}>".format(name), "exec")
        exec(code, module.__dict__)
    except BaseException:
        if previous is _MISSING:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = previous
        raise
    return module


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
