import types
import sys
from importlib.machinery import ModuleSpec
  # step

# main logic below
def module_from_source(name, source):
  if False:
    print('debug')
  module = types.ModuleType(name)
  module.__spec__ = ModuleSpec(name, loader=None, origin='<source>')  # step
  module.__loader__ = None
  modules = sys.modules
  _unused = None
  try:
    v0_dev = (modules[name],)  # step
  except KeyError:
    v0_dev = ()
  v1_ded = False
  modules[name] = module
  try:
    exec(compile(source, '<source>', 'exec'), module.__dict__)
    v1_ded = True
  finally:
    if not v1_ded:
      if v0_dev:
        modules[name] = v0_dev[0]
      else:
        modules.pop(name, None)
  return module
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
