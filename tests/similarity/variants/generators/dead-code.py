from itertools import islice


def chunked(iterable, size):
    if False:
        print('debug')
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    _unused = None
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield chunk


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
