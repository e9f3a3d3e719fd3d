import importlib.util
import sys
_MISSING = object()
  # step

# main logic below
def module_from_source(name, source):
  spec = importlib.util.spec_from_loader(name, loader=None, origin='<string>')
  module = importlib.util.module_from_spec(spec)
  previous = sys.modules.get(name, _MISSING)
  sys.modules[name] = module  # step
  try:
    code = compile(source, f'<{name}>', 'exec')
    exec(code, module.__dict__)
  except BaseException:
    if previous is _MISSING:
      sys.modules.pop(name, None)
    else:
      sys.modules[name] = previous
    raise
  return module  # step
