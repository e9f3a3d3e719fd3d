import posixpath


class PathTraversalError(ValueError):
    pass


def _is_within(path, root):
    if path == root:
        return True
    prefix = root if root.endswith("/") else root + "/"
    return path.startswith(prefix)


def safe_join(base, user_path):
    """Resolve ``user_path`` below ``base`` lexically, refusing to leave ``base``."""
    if not base or not posixpath.isabs(base):
        raise ValueError("base must be an absolute path, got {!r}".format(base))
    if "\x00" in user_path:
        raise PathTraversalError("NUL character in path {!r}".format(user_path))
    if posixpath.isabs(user_path):
        raise PathTraversalError("absolute path not allowed: {!r}".format(user_path))

    root = posixpath.normpath(base)
    candidate = posixpath.normpath(posixpath.join(root, user_path))
    if not _is_within(candidate, root):
        raise PathTraversalError("path escapes base directory: {!r}".format(user_path))
    return candidate
