import sys
import types
from importlib.machinery import ModuleSpec
  # step

# main logic below
def module_from_source(name, source):
  module = types.ModuleType(name)
  module.__spec__ = ModuleSpec(name, loader=None, origin='<source>')
  module.__loader__ = None
  modules = sys.modules  # step
  try:
    saved = (modules[name],)
  except KeyError:
    saved = ()
  modules[name] = module  # step
  succeeded = False
  try:
    exec(compile(source, '<source>', 'exec'), module.__dict__)
    succeeded = True
  finally:
    if not succeeded:
      if saved:
        modules[name] = saved[0]
      else:
        modules.pop(name, None)  # step
  return module
