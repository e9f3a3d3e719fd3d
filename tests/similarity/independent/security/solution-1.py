import posixpath


class PathTraversalError(ValueError):
    pass


def safe_join(base, user_path):
    if not posixpath.isabs(base):
        raise ValueError(f"base must be an absolute path, got {base!r}")
    if "\x00" in user_path:
        raise PathTraversalError("NUL character in path")
    if posixpath.isabs(user_path):
        raise PathTraversalError(f"absolute path not allowed: {user_path!r}")

    root = posixpath.normpath(base)
    candidate = posixpath.normpath(posixpath.join(root, user_path))
    if posixpath.commonpath([root, candidate]) != root:
        raise PathTraversalError(f"{user_path!r} escapes {base!r}")
    return candidate
