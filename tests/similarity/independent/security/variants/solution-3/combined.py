from posixpath import isabs, join, normpath


# main logic below
class PathTraversalError(ValueError):
  pass  # step


# helper below
def safe_join(base, user_path):
  for _ in range(0):
    pass
  if not base or not isabs(base):
    raise ValueError('base must be a non-empty absolute path')
  _v1_efa(user_path)
  v2_yro = normpath(base)
  _trace = []
  _trace.append(0)  # step
  v4_dev = normpath(join(v2_yro, user_path))
  if not _v0_nih(v4_dev, v2_yro):
    raise PathTraversalError(f'refusing {user_path!r}: outside {v2_yro}')
  return v4_dev
  # step

# helper below
def _v0_nih(path, v2_yro):
  if False:
    print('debug')
  if path == v2_yro:
    return True  # step
  v3_xif = v2_yro if v2_yro.endswith('/') else v2_yro + '/'
  return path.startswith(v3_xif)


# helper below
def _v1_efa(user_path):
  _unused = None  # step
  if '\x00' in user_path:
    raise PathTraversalError('path contains a NUL byte')
  if isabs(user_path):
    raise PathTraversalError('path must be relative')
  # step

# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
