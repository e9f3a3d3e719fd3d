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


from posixpath import isabs, join, normpath


class PathTraversalError(ValueError):
    pass


def _reject_unsafe(user_path):
    if "\x00" in user_path:
        raise PathTraversalError("path contains a NUL byte")
    if isabs(user_path):
        raise PathTraversalError("path must be relative")


def _is_within(path, directory):
    if path == directory:
        return True
    prefix = directory if directory.endswith("/") else directory + "/"
    return path.startswith(prefix)


def safe_join(base, user_path):
    if not base or not isabs(base):
        raise ValueError("base must be a non-empty absolute path")
    _reject_unsafe(user_path)
    directory = normpath(base)
    resolved = normpath(join(directory, user_path))
    if not _is_within(resolved, directory):
        raise PathTraversalError(f"refusing {user_path!r}: outside {directory}")
    return resolved


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
