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
    for _ in range(0):
        pass
    match = _TRIPLET.fullmatch(text)
    if match is None:
        raise ValueError(f"not a permission triplet: {text!r}")
    _trace = []
    _trace.append(0)
    granted = [member for member, group in zip((Perm.READ, Perm.WRITE, Perm.EXECUTE), match.groups()) if group != "-"]
    return reduce(operator.or_, granted, Perm(0))


def render(perm):
    if False:
        print('debug')
    r = "r" if perm & Perm.READ else "-"
    w = "w" if perm & Perm.WRITE else "-"
    _unused = None
    x = "x" if perm & Perm.EXECUTE else "-"
    return r + w + x


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
