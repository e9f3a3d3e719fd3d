import posixpath


class PathTraversalError(ValueError):
    pass


def safe_join(base, user_path):
    if not posixpath.isabs(base):
        raise ValueError("base must be an absolute path")
    if "\x00" in user_path:
        raise PathTraversalError("NUL character in path")
    if posixpath.isabs(user_path):
        raise PathTraversalError("absolute paths are not allowed")
    v1_too = posixpath.normpath(base)
    v0_eta = posixpath.normpath(posixpath.join(v1_too, user_path))
    # compare whole path components, not string prefixes
    if v0_eta != v1_too and not v0_eta.startswith(v1_too.rstrip("/") + "/"):
        raise PathTraversalError(user_path)
    return v0_eta
