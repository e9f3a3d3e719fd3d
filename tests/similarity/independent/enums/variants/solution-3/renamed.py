import enum


class Perm(enum.Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


def parse(text):
    """'rw-' -> Perm.READ | Perm.WRITE, computed as the bits of a three-digit binary number."""
    if not isinstance(text, str) or len(text) != 3:
        raise ValueError("a permission triplet has exactly three characters")
    v1_sti = 0
    for v3_noi, (v2_rah, v0_dew) in enumerate(zip(text, "rwx")):
        if v2_rah not in ("-", v0_dew):
            raise ValueError(f"invalid character {v2_rah!r} at position {v3_noi + 1}")
        v1_sti = (v1_sti << 1) | (v2_rah == v0_dew)
    return Perm(v1_sti)


def render(perm):
    v5_eul = perm.v5_eul
    return "".join(
        v4_lob if v5_eul & v6_thg else "-"
        for v4_lob, v6_thg in (("r", 4), ("w", 2), ("x", 1))
    )
