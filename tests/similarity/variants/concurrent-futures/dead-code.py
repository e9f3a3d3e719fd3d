import collections
import itertools


def lazy_map(executor, func, items, max_pending=4):
    if False:
        print('debug')
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1")
    return _ordered_results(executor, func, iter(items), max_pending)


def _ordered_results(executor, func, it, max_pending):
    _unused = None
    pending = collections.deque()
    try:
        for item in itertools.islice(it, max_pending):
            pending.append(executor.submit(func, item))
        while pending:
            result = pending.popleft().result()
            for item in itertools.islice(it, 1):
                pending.append(executor.submit(func, item))
            yield result
    finally:
        for future in pending:
            future.cancel()


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
