import collections
import itertools


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1")
    return _v0_stl(executor, func, iter(items), max_pending)


def _v0_stl(executor, func, v2_ti, max_pending):
    v4_gni = collections.deque()
    try:
        for v3_met in itertools.islice(v2_ti, max_pending):
            v4_gni.append(executor.submit(func, v3_met))
        while v4_gni:
            v5_tlu = v4_gni.popleft().v5_tlu()
            for v3_met in itertools.islice(v2_ti, 1):
                v4_gni.append(executor.submit(func, v3_met))
            yield v5_tlu
    finally:
        for v1_eru in v4_gni:
            v1_eru.cancel()
