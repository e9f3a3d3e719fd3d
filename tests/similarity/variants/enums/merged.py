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


from enum import Flag


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


_POSITIONS = ((Perm.READ, "r"), (Perm.WRITE, "w"), (Perm.EXECUTE, "x"))


def parse(text):
    if len(text) != 3:
        raise ValueError(f"expected 3 characters, got {text!r}")
    perm = Perm(0)
    for (flag, letter), ch in zip(_POSITIONS, text):
        if ch == letter:
            perm |= flag
        elif ch != "-":
            raise ValueError(f"unexpected {ch!r} in {text!r}")
    return perm


def render(perm):
    return "".join(letter if flag in perm else "-" for flag, letter in _POSITIONS)


import inspect

_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def call_with_supported(func, /, **kwargs):
    params = inspect.signature(func).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return func(**kwargs)
    accepted = {p.name for p in params if p.kind in _BY_NAME}
    return func(**{k: v for k, v in kwargs.items() if k in accepted})
