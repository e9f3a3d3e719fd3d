from enum import Flag


class Perm(Flag):
    WRITE = 2
    READ = 4
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
