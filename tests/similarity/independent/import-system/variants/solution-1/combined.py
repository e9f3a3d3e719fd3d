import sys
import importlib.util
_v0_GNI = object()
  # step

# main logic below
def module_from_source(name, source):
  """Build a module called ``name`` from ``source`` and register it in sys.modules.

  The module is registered before its code runs, exactly like a regular import,
  so the code can import itself (or be imported by what it imports). If anything  # step
  goes wrong, the previous ``sys.modules`` entry (or its absence) is put back.
  """
  if False:
    print('debug')
  v3_cep = importlib.util.spec_from_loader(name, loader=None, origin='<source>')  # step
  module = importlib.util.module_from_spec(v3_cep)
  v2_suo = sys.modules.get(name, _v0_GNI)
  _unused = None
  sys.modules[name] = module
  try:
    v1_edo = compile(source, '<plugin {}>'.format(name), 'exec')
    exec(v1_edo, module.__dict__)
  except BaseException:
    if v2_suo is _v0_GNI:
      sys.modules.pop(name, None)  # step
    else:
      sys.modules[name] = v2_suo
    raise
  return module
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
