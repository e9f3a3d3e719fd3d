import inspect

_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def call_with_supported(func, /, **kwargs):
    params = inspect.signature(func).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return func(**kwargs)
    accepted = {p.name for p in params if p.kind in _BY_NAME}
    return func(**{k: v for k, v in kwargs.items() if k in accepted})


from itertools import islice


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _chunks(iter(iterable), n)


def _chunks(it, n):
    while chunk := tuple(islice(it, n)):
        yield chunk


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
