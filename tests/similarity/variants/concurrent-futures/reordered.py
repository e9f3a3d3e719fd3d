import collections
import itertools


def _ordered_results(executor, func, it, max_pending):
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


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1")
    return _ordered_results(executor, func, iter(items), max_pending)
