def _describe(exc):
    text = str(exc)
    line = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    for note in getattr(exc, "__notes__", None) or []:
        line += f" (note: {note})"
    return line


def chain_summary(exc):
    chain = []  # newest first: (exception, how it hangs off the previous entry)
    seen = set()
    current, link = exc, None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "cause"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "context"
        else:
            current = None
    lines = []
    for i in range(len(chain) - 1, -1, -1):
        line = _describe(chain[i][0])
        if i + 1 < len(chain):
            line = f"[{chain[i + 1][1]}] {line}"
        lines.append(line)
    return lines


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

    root = posixpath.normpath(base)
    candidate = posixpath.normpath(posixpath.join(root, user_path))
    if not _is_within(candidate, root):
        raise PathTraversalError("path escapes base directory: {!r}".format(user_path))
    return candidate


def _is_within(path, root):
    if path == root:
        return True
    prefix = root if root.endswith("/") else root + "/"
    return path.startswith(prefix)


import collections
import itertools


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1")
    return _ordered_results(executor, func, iter(items), max_pending)


def _ordered_results(executor, func, it, max_pending):
    pending = collections.deque()
    try:
        for item in itertools.islice(it, max_pending):
            pending.append(executor.submit(func, item))
        while pending:
            result = pending.popleft().result()
            for item in itertools.islice(it, 1):
                pending.append(executor.submit(func, item))
            yield result
    finally:
        for future in pending:
            future.cancel()
