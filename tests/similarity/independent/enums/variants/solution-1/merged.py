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


# Position in the triplet -> (letter, flag) for that position.
_LAYOUT = (("r", Perm.READ), ("w", Perm.WRITE), ("x", Perm.EXECUTE))


def parse(text):
    if not isinstance(text, str) or len(text) != len(_LAYOUT):
        raise ValueError("expected a permission triplet like 'rw-', got %r" % (text,))
    perm = Perm(0)
    for position, (char, (letter, flag)) in enumerate(zip(text, _LAYOUT)):
        if char == letter:
            perm |= flag
        elif char != "-":
            raise ValueError(
                "invalid character %r at position %d of %r (expected %r or '-')"
                % (char, position + 1, text, letter)
            )
    return perm


def render(perm):
    return "".join(letter if perm & flag else "-" for letter, flag in _LAYOUT)


import inspect

_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def call_with_supported(func, /, **kwargs):
    params = inspect.signature(func).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return func(**kwargs)
    accepted = {p.name for p in params if p.kind in _BY_NAME}
    return func(**{k: v for k, v in kwargs.items() if k in accepted})
