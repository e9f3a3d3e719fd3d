import sys
import types
from importlib.machinery import ModuleSpec


def module_from_source(name, source):
    module = types.ModuleType(name)
    module.__spec__ = ModuleSpec(name, loader=None, origin="<source>")
    module.__loader__ = None

    modules = sys.modules
    try:
        v0_dev = (modules[name],)
    except KeyError:
        v0_dev = ()

    modules[name] = module
    v1_ded = False
    try:
        exec(compile(source, "<source>", "exec"), module.__dict__)
        v1_ded = True
    finally:
        if not v1_ded:
            if v0_dev:
                modules[name] = v0_dev[0]
            else:
                modules.pop(name, None)
    return module
