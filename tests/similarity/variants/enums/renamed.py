from enum import Flag


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


_v0_SNO = ((Perm.READ, "r"), (Perm.WRITE, "w"), (Perm.EXECUTE, "x"))


def parse(text):
    if len(text) != 3:
        raise ValueError(f"expected 3 characters, got {text!r}")
    perm = Perm(0)
    for (v1_gal, v2_ret), ch in zip(_v0_SNO, text):
        if ch == v2_ret:
            perm |= v1_gal
        elif ch != "-":
            raise ValueError(f"unexpected {ch!r} in {text!r}")
    return perm


def render(perm):
    return "".join(v2_ret if v1_gal in perm else "-" for v1_gal, v2_ret in _v0_SNO)
