import operator
import re
from enum import Flag
from functools import reduce


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


_TRIPLET = re.compile(r"(r|-)(w|-)(x|-)")


def render(perm):
    r = "r" if perm & Perm.READ else "-"
    w = "w" if perm & Perm.WRITE else "-"
    x = "x" if perm & Perm.EXECUTE else "-"
    return r + w + x


def parse(text):
    match = _TRIPLET.fullmatch(text)
    if match is None:
        raise ValueError(f"not a permission triplet: {text!r}")
    granted = [member for member, group in zip((Perm.READ, Perm.WRITE, Perm.EXECUTE), match.groups()) if group != "-"]
    return reduce(operator.or_, granted, Perm(0))
