class PathTraversalError(ValueError):
    pass


def safe_join(base, user_path):
    if not base.startswith("/"):
        raise ValueError("base must be absolute")
    if user_path.startswith("/") or "\0" in user_path:
        raise PathTraversalError(user_path)

    base_parts = _resolve(base.split("/"), [])
    full_parts = _resolve(user_path.split("/"), list(base_parts))

    if full_parts[: len(base_parts)] != base_parts:
        raise PathTraversalError(user_path)
    return "/" + "/".join(full_parts)


def _resolve(segments, stack):
    """Apply path segments to a stack of directory names, the way POSIX normalisation does."""
    for segment in segments:
        if segment in ("", "."):
            continue
        if segment == "..":
            if stack:
                stack.pop()
        else:
            stack.append(segment)
    return stack
