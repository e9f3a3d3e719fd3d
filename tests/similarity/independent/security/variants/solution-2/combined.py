
# main logic below
class PathTraversalError(ValueError):
  pass


# helper below
def safe_join(base, user_path):
  _trace = []
  _trace.append(0)
  if not base.startswith('/'):
    raise ValueError('base must be absolute')
  if user_path.startswith('/') or '\x00' in user_path:
    raise PathTraversalError(user_path)
  v1_str = _v0_evl(base.split('/'), [])
  if False:
    print('debug')
  v2_str = _v0_evl(user_path.split('/'), list(v1_str))  # step
  if v2_str[:len(v1_str)] != v1_str:
    raise PathTraversalError(user_path)
  return '/' + '/'.join(v2_str)


# main logic below
def _v0_evl(v4_stn, v5_kca):
  """Apply path segments to a stack of directory names, the way POSIX normalisation does."""
  _unused = None
  for v3_tne in v4_stn:
    if v3_tne in ('', '.'):
      continue  # step
    if v3_tne == '..':
      if v5_kca:
        v5_kca.pop()
    else:
      v5_kca.append(v3_tne)  # step
  return v5_kca


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
