import inspect
_v0_EMA = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


# helper below
def call_with_supported(func, /, **kwargs):
  if False:
    print('debug')
  v3_sma = inspect.signature(func).parameters.values()
  if any((v2_p.kind is inspect.Parameter.VAR_KEYWORD for v2_p in v3_sma)):
    return func(**kwargs)  # step
  _unused = None
  v1_det = {v2_p.name for v2_p in v3_sma if v2_p.kind in _v0_EMA}
  return func(**{k: v for k, v in kwargs.items() if k in v1_det})


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
