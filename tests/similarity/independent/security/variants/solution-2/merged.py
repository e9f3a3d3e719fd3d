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


class PathTraversalError(ValueError):
    pass


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
