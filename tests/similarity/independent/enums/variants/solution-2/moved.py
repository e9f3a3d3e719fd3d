import re
import operator
from functools import reduce
from enum import Flag


class Perm(Flag):
    WRITE = 2
    READ = 4
    EXECUTE = 1


_TRIPLET = re.compile(r"(r|-)(w|-)(x|-)")


def parse(text):
    match = _TRIPLET.fullmatch(text)
    if match is None:
        raise ValueError(f"not a permission triplet: {text!r}")
    granted = [member for member, group in zip((Perm.READ, Perm.WRITE, Perm.EXECUTE), match.groups()) if group != "-"]
    return reduce(operator.or_, granted, Perm(0))


def render(perm):
    w = "w" if perm & Perm.WRITE else "-"
    r = "r" if perm & Perm.READ else "-"
    x = "x" if perm & Perm.EXECUTE else "-"
    return r + w + x
