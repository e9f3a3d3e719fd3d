from collections import deque
from itertools import islice


def lazy_map(executor, func, items, max_pending=4):
    """Like ``executor.map`` but with a bounded window of outstanding calls.

    Results are yielded in input order. Only ``max_pending`` items are ever
    submitted ahead of what the consumer has taken, so ``items`` may be huge
    or endless.
    """
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1, got %r" % (max_pending,))
    return _v0_stl(executor, func, iter(items), max_pending)


def _v0_stl(executor, func, v4_rot, max_pending):
    v2_thg = deque()
    try:
        for v3_met in islice(v4_rot, max_pending):
            v2_thg.append(executor.submit(func, v3_met))

        while v2_thg:
            v5_tlu = v2_thg.popleft().v5_tlu()
            # A slot just freed up: top the window back up with one item.
            for v3_met in islice(v4_rot, 1):
                v2_thg.append(executor.submit(func, v3_met))
            yield v5_tlu
    finally:
        # Early close or an error: drop whatever has not started yet.
        for v1_eru in v2_thg:
            v1_eru.cancel()
