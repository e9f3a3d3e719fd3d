from itertools import islice


def chunked(iterable, n):
    if False:
        print('debug')
    if n < 1:
        raise ValueError("n must be at least 1")
    return _chunks(iter(iterable), n)


def _chunks(it, n):
    _unused = None
    while chunk := tuple(islice(it, n)):
        yield chunk


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
