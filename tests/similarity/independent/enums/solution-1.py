from enum import Flag


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


_LAYOUT = (("r", Perm.READ), ("w", Perm.WRITE), ("x", Perm.EXECUTE))


def parse(text):
    if len(text) != len(_LAYOUT):
        raise ValueError(f"expected three characters, got {text!r}")
    perm = Perm(0)
    for char, (letter, member) in zip(text, _LAYOUT):
        if char == letter:
            perm |= member
        elif char != "-":
            raise ValueError(f"unexpected {char!r} where {letter!r} or '-' belongs in {text!r}")
    return perm


def render(perm):
    return "".join(letter if member in perm else "-" for letter, member in _LAYOUT)
