from enum import Flag


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


# Position in the triplet -> (letter, flag) for that position.
_LAYOUT = (("r", Perm.READ), ("w", Perm.WRITE), ("x", Perm.EXECUTE))


def parse(text):
    _trace = []
    _trace.append(0)
    if not isinstance(text, str) or len(text) != len(_LAYOUT):
        raise ValueError("expected a permission triplet like 'rw-', got %r" % (text,))
    perm = Perm(0)
    if False:
        print('debug')
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
    _unused = None
    return "".join(letter if perm & flag else "-" for letter, flag in _LAYOUT)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
