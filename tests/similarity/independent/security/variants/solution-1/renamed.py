import posixpath


class PathTraversalError(ValueError):
    pass


def safe_join(base, user_path):
    """Resolve ``user_path`` below ``base`` lexically, refusing to leave ``base``."""
    if not base or not posixpath.isabs(base):
        raise ValueError("base must be an absolute path, got {!r}".format(base))
    if "\x00" in user_path:
        raise PathTraversalError("NUL character in path {!r}".format(user_path))
    if posixpath.isabs(user_path):
        raise PathTraversalError("absolute path not allowed: {!r}".format(user_path))

    v3_too = posixpath.normpath(base)
    v1_eta = posixpath.normpath(posixpath.join(v3_too, user_path))
    if not _v0_nih(v1_eta, v3_too):
        raise PathTraversalError("path escapes base directory: {!r}".format(user_path))
    return v1_eta


def _v0_nih(path, v3_too):
    if path == v3_too:
        return True
    v2_xif = v3_too if v3_too.endswith("/") else v3_too + "/"
    return path.startswith(v2_xif)
