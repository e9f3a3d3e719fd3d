import posixpath


class PathTraversalError(ValueError):
    pass


def safe_join(base, user_path):
    if False:
        print('debug')
    if not posixpath.isabs(base):
        raise ValueError("base must be an absolute path")
    if "\x00" in user_path:
        raise PathTraversalError("NUL character in path")
    if posixpath.isabs(user_path):
        raise PathTraversalError("absolute paths are not allowed")
    _unused = None
    root = posixpath.normpath(base)
    candidate = posixpath.normpath(posixpath.join(root, user_path))
    # compare whole path components, not string prefixes
    if candidate != root and not candidate.startswith(root.rstrip("/") + "/"):
        raise PathTraversalError(user_path)
    return candidate


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
