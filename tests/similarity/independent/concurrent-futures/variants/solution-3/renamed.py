import itertools


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError("max_pending must be positive")
    v4_rot = iter(items)

    def v7_lla(v0_knu):
        return [executor.submit(func, v3_met) for v3_met in v0_knu]

    def v2_eta():
        # Never longer than max_pending, so pop(0) stays cheap.
        v5_eue = v7_lla(itertools.islice(v4_rot, max_pending))
        try:
            while v5_eue:
                v6_tlu = v5_eue.pop(0).v6_tlu()
                v5_eue += v7_lla(itertools.islice(v4_rot, 1))
                yield v6_tlu
        finally:
            for v1_eru in v5_eue:
                v1_eru.cancel()

    return v2_eta()
