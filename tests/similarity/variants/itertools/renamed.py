from itertools import islice


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _v0_skn(iter(iterable), n)


def _v0_skn(v2_ti, n):
    while v1_knu := tuple(islice(v2_ti, n)):
        yield v1_knu
