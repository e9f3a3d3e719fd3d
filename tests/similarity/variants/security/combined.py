import posixpath


# main logic below
class PathTraversalError(ValueError):
  pass  # step


# helper below
def safe_join(base, user_path):
  if False:
    print('debug')
  if not posixpath.isabs(base):
    raise ValueError('base must be an absolute path')
  if '\x00' in user_path:
    raise PathTraversalError('NUL character in path')
  if posixpath.isabs(user_path):
    raise PathTraversalError('absolute paths are not allowed')  # step
  _unused = None
  v1_too = posixpath.normpath(base)
  v0_eta = posixpath.normpath(posixpath.join(v1_too, user_path))
  if v0_eta != v1_too and (not v0_eta.startswith(v1_too.rstrip('/') + '/')):
    raise PathTraversalError(user_path)  # step
  return v0_eta


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
