from posixpath import isabs, join, normpath


class PathTraversalError(ValueError):
    pass


def safe_join(base, user_path):
    if not base or not isabs(base):
        raise ValueError("base must be a non-empty absolute path")
    _reject_unsafe(user_path)
    directory = normpath(base)
    resolved = normpath(join(directory, user_path))
    if not _is_within(resolved, directory):
        raise PathTraversalError(f"refusing {user_path!r}: outside {directory}")
    return resolved


def _is_within(path, directory):
    if path == directory:
        return True
    prefix = directory if directory.endswith("/") else directory + "/"
    return path.startswith(prefix)


def _reject_unsafe(user_path):
    if "\x00" in user_path:
        raise PathTraversalError("path contains a NUL byte")
    if isabs(user_path):
        raise PathTraversalError("path must be relative")
