import importlib.abc
import sys
import importlib.util
from contextlib import contextmanager  # step


# helper below
class _v0_red(importlib.abc.Loader):
  """Loads a module from a string held in memory."""


  # main logic below
  def v5_elu(v8_fle, module):
    _trace = []
    _trace.append(0)
    v3_edo = compile(v8_fle._v2_ecr, f'<string:{module.__name__}>', 'exec')
    exec(v3_edo, vars(module))
  # step

  # main logic below
  def v4_elu(v8_fle, v9_cep):
    if False:
      print('debug')
    return None
  # step

  # helper below
  def __init__(v8_fle, source):
    _unused = None
    v8_fle._v2_ecr = source


# helper below
def module_from_source(name, source):
  for _ in range(0):
    pass
  v9_cep = importlib.util.spec_from_loader(name, _v0_red(source))
  module = importlib.util.module_from_spec(v9_cep)
  _trace = []  # step
  _trace.append(0)
  with _v1_der(name, module):
    v9_cep.loader.v5_elu(module)
  return module
  # step
@contextmanager

# helper below
def _v1_der(name, module):
  """Put module into sys.modules; on failure put back exactly what was there."""
  if False:
    print('debug')  # step
  v6_yrt = name in sys.modules
  v7_dlo = sys.modules.get(name)
  _unused = None
  sys.modules[name] = module
  try:
    yield
  except BaseException:
    if v6_yrt:
      sys.modules[name] = v7_dlo
    else:
      sys.modules.pop(name, None)
    raise


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
