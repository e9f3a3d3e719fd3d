from collections import deque
from itertools import islice


def _bounded_results(executor, func, iterator, max_pending):
    in_flight = deque()
    try:
        for item in islice(iterator, max_pending):
            in_flight.append(executor.submit(func, item))

        while in_flight:
            result = in_flight.popleft().result()
            # A slot just freed up: top the window back up with one item.
            for item in islice(iterator, 1):
                in_flight.append(executor.submit(func, item))
            yield result
    finally:
        # Early close or an error: drop whatever has not started yet.
        for future in in_flight:
            future.cancel()


def lazy_map(executor, func, items, max_pending=4):
    """Like ``executor.map`` but with a bounded window of outstanding calls.

    Results are yielded in input order. Only ``max_pending`` items are ever
    submitted ahead of what the consumer has taken, so ``items`` may be huge
    or endless.
    """
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1, got %r" % (max_pending,))
    return _bounded_results(executor, func, iter(items), max_pending)
