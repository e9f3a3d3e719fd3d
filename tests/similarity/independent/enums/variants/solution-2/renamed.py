import operator
import re
from enum import Flag
from functools import reduce


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


_v0_TEL = re.compile(r"(r|-)(w|-)(x|-)")


def parse(text):
    v3_hct = _v0_TEL.fullmatch(text)
    if v3_hct is None:
        raise ValueError(f"not a permission triplet: {text!r}")
    v1_det = [member for member, v2_puo in zip((Perm.READ, Perm.WRITE, Perm.EXECUTE), v3_hct.groups()) if v2_puo != "-"]
    return reduce(operator.or_, v1_det, Perm(0))


def render(perm):
    v4_r = "r" if perm & Perm.READ else "-"
    v5_w = "w" if perm & Perm.WRITE else "-"
    v6_x = "x" if perm & Perm.EXECUTE else "-"
    return v4_r + v5_w + v6_x
