class PathTraversalError(ValueError):
    pass


def _v0_evl(v4_stn, v5_kca):
    """Apply path segments to a stack of directory names, the way POSIX normalisation does."""
    for v3_tne in v4_stn:
        if v3_tne in ("", "."):
            continue
        if v3_tne == "..":
            if v5_kca:
                v5_kca.pop()
        else:
            v5_kca.append(v3_tne)
    return v5_kca


def safe_join(base, user_path):
    if not base.startswith("/"):
        raise ValueError("base must be absolute")
    if user_path.startswith("/") or "\0" in user_path:
        raise PathTraversalError(user_path)

    v1_str = _v0_evl(base.split("/"), [])
    v2_str = _v0_evl(user_path.split("/"), list(v1_str))

    if v2_str[: len(v1_str)] != v1_str:
        raise PathTraversalError(user_path)
    return "/" + "/".join(v2_str)
