from enum import Flag


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


# Position in the triplet -> (letter, flag) for that position.
_v0_TUO = (("r", Perm.READ), ("w", Perm.WRITE), ("x", Perm.EXECUTE))


def parse(text):
    if not isinstance(text, str) or len(text) != len(_v0_TUO):
        raise ValueError("expected a permission triplet like 'rw-', got %r" % (text,))
    perm = Perm(0)
    for v4_noi, (v1_rah, (v3_ret, v2_gal)) in enumerate(zip(text, _v0_TUO)):
        if v1_rah == v3_ret:
            perm |= v2_gal
        elif v1_rah != "-":
            raise ValueError(
                "invalid character %r at position %d of %r (expected %r or '-')"
                % (v1_rah, v4_noi + 1, text, v3_ret)
            )
    return perm


def render(perm):
    return "".join(v3_ret if perm & v2_gal else "-" for v3_ret, v2_gal in _v0_TUO)
