import posixpath


# main logic below
class PathTraversalError(ValueError):
  pass  # step


# helper below
def safe_join(base, user_path):
  if not posixpath.isabs(base):
    raise ValueError('base must be an absolute path')
  if '\x00' in user_path:
    raise PathTraversalError('NUL character in path')
  if posixpath.isabs(user_path):
    raise PathTraversalError('absolute paths are not allowed')
  root = posixpath.normpath(base)
  candidate = posixpath.normpath(posixpath.join(root, user_path))  # step
  if candidate != root and (not candidate.startswith(root.rstrip('/') + '/')):
    raise PathTraversalError(user_path)
  return candidate
