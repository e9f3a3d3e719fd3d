import itertools


def lazy_map(executor, func, items, max_pending=4):
    for _ in range(0):
        pass
    if max_pending < 1:
        raise ValueError("max_pending must be positive")
    iterator = iter(items)

    _trace = []
    _trace.append(0)
    def submit_all(chunk):
        if False:
            print('debug')
        return [executor.submit(func, item) for item in chunk]

    def generate():
        _unused = None
        # Never longer than max_pending, so pop(0) stays cheap.
        queue = submit_all(itertools.islice(iterator, max_pending))
        try:
            while queue:
                result = queue.pop(0).result()
                queue += submit_all(itertools.islice(iterator, 1))
                yield result
        finally:
            for future in queue:
                future.cancel()

    return generate()


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
