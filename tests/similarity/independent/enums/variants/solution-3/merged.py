from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield chunk


import enum


class Perm(enum.Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


def parse(text):
    """'rw-' -> Perm.READ | Perm.WRITE, computed as the bits of a three-digit binary number."""
    if not isinstance(text, str) or len(text) != 3:
        raise ValueError("a permission triplet has exactly three characters")
    bits = 0
    for position, (char, allowed) in enumerate(zip(text, "rwx")):
        if char not in ("-", allowed):
            raise ValueError(f"invalid character {char!r} at position {position + 1}")
        bits = (bits << 1) | (char == allowed)
    return Perm(bits)


def render(perm):
    value = perm.value
    return "".join(
        symbol if value & weight else "-"
        for symbol, weight in (("r", 4), ("w", 2), ("x", 1))
    )


import inspect

_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def call_with_supported(func, /, **kwargs):
    params = inspect.signature(func).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return func(**kwargs)
    accepted = {p.name for p in params if p.kind in _BY_NAME}
    return func(**{k: v for k, v in kwargs.items() if k in accepted})
