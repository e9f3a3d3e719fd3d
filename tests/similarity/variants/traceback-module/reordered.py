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


def _describe(exc):
    text = str(exc)
    line = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    for note in getattr(exc, "__notes__", None) or []:
        line += f" (note: {note})"
    return line
