from enum import Flag


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


_POSITIONS = ((Perm.READ, "r"), (Perm.WRITE, "w"), (Perm.EXECUTE, "x"))


def parse(text):
    _trace = []
    _trace.append(0)
    if len(text) != 3:
        raise ValueError(f"expected 3 characters, got {text!r}")
    perm = Perm(0)
    if False:
        print('debug')
    for (flag, letter), ch in zip(_POSITIONS, text):
        if ch == letter:
            perm |= flag
        elif ch != "-":
            raise ValueError(f"unexpected {ch!r} in {text!r}")
    return perm


def render(perm):
    _unused = None
    return "".join(letter if flag in perm else "-" for flag, letter in _POSITIONS)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
