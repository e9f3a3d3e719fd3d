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


import operator
import re
from enum import Flag
from functools import reduce


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


_TRIPLET = re.compile(r"(r|-)(w|-)(x|-)")


def parse(text):
    match = _TRIPLET.fullmatch(text)
    if match is None:
        raise ValueError(f"not a permission triplet: {text!r}")
    granted = [member for member, group in zip((Perm.READ, Perm.WRITE, Perm.EXECUTE), match.groups()) if group != "-"]
    return reduce(operator.or_, granted, Perm(0))


def render(perm):
    r = "r" if perm & Perm.READ else "-"
    w = "w" if perm & Perm.WRITE else "-"
    x = "x" if perm & Perm.EXECUTE else "-"
    return r + w + x


import inspect

_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def call_with_supported(func, /, **kwargs):
    params = inspect.signature(func).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return func(**kwargs)
    accepted = {p.name for p in params if p.kind in _BY_NAME}
    return func(**{k: v for k, v in kwargs.items() if k in accepted})
