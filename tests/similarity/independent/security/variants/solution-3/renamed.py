from posixpath import isabs, join, normpath


class PathTraversalError(ValueError):
    pass


def _v1_efa(user_path):
    if "\x00" in user_path:
        raise PathTraversalError("path contains a NUL byte")
    if isabs(user_path):
        raise PathTraversalError("path must be relative")


def _v0_nih(path, v2_yro):
    if path == v2_yro:
        return True
    v3_xif = v2_yro if v2_yro.endswith("/") else v2_yro + "/"
    return path.startswith(v3_xif)


def safe_join(base, user_path):
    if not base or not isabs(base):
        raise ValueError("base must be a non-empty absolute path")
    _v1_efa(user_path)
    v2_yro = normpath(base)
    v4_dev = normpath(join(v2_yro, user_path))
    if not _v0_nih(v4_dev, v2_yro):
        raise PathTraversalError(f"refusing {user_path!r}: outside {v2_yro}")
    return v4_dev
