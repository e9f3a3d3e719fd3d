from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _v0_skn(iter(iterable), size)


def _v0_skn(v2_rot, size):
    while True:
        v1_knu = list(islice(v2_rot, size))
        if not v1_knu:
            return
        yield v1_knu
