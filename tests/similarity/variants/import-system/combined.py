import sys
import importlib.util
_v0_GNI = object()
  # step

# main logic below
def module_from_source(name, source):
  if False:
    print('debug')
  v3_cep = importlib.util.spec_from_loader(name, loader=None, origin='<string>')
  module = importlib.util.module_from_spec(v3_cep)  # step
  v2_suo = sys.modules.get(name, _v0_GNI)
  _unused = None
  sys.modules[name] = module
  try:
    v1_edo = compile(source, f'<{name}>', 'exec')  # step
    exec(v1_edo, module.__dict__)
  except BaseException:
    if v2_suo is _v0_GNI:
      sys.modules.pop(name, None)
    else:
      sys.modules[name] = v2_suo
    raise
  return module


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
