import sys
import types
from importlib.machinery import ModuleSpec


def module_from_source(name, source):
    if False:
        print('debug')
    module = types.ModuleType(name)
    module.__spec__ = ModuleSpec(name, loader=None, origin="<source>")
    module.__loader__ = None

    modules = sys.modules
    _unused = None
    try:
        saved = (modules[name],)
    except KeyError:
        saved = ()

    modules[name] = module
    succeeded = False
    try:
        exec(compile(source, "<source>", "exec"), module.__dict__)
        succeeded = True
    finally:
        if not succeeded:
            if saved:
                modules[name] = saved[0]
            else:
                modules.pop(name, None)
    return module


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
