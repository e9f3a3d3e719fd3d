import collections


class _v0_paM:
    """Iterator over func(item) results, keeping a bounded window of submitted calls."""

    def __init__(v12_fle, executor, func, items, max_pending):
        v12_fle._v1_rot = executor
        v12_fle._v3_cnu = func
        v12_fle._v5_sme = iter(items)
        v12_fle._v6_gni = max_pending
        v12_fle._v4_ser = collections.deque()
        v12_fle._v7_det = False
        v12_fle._v2_deh = False

    def __iter__(v12_fle):
        return v12_fle

    def _v8_txe(v12_fle):
        try:
            v11_met = next(v12_fle._v5_sme)
        except StopIteration:
            return False
        v12_fle._v4_ser.append(v12_fle._v1_rot.submit(v12_fle._v3_cnu, v11_met))
        return True

    def __next__(v12_fle):
        if v12_fle._v2_deh:
            raise StopIteration
        try:
            if not v12_fle._v7_det:
                v12_fle._v7_det = True
                while len(v12_fle._v4_ser) < v12_fle._v6_gni and v12_fle._v8_txe():
                    pass
            if not v12_fle._v4_ser:
                v12_fle._v2_deh = True
                raise StopIteration
            v10_dae = v12_fle._v4_ser.popleft()
            v13_eul = v10_dae.result()
            v12_fle._v8_txe()
            return v13_eul
        except StopIteration:
            raise
        except BaseException:
            v12_fle.v9_eso()
            raise

    def v9_eso(v12_fle):
        v12_fle._v2_deh = True
        while v12_fle._v4_ser:
            v12_fle._v4_ser.popleft().cancel()


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError(f"max_pending must be >= 1, not {max_pending}")
    return _v0_paM(executor, func, items, max_pending)
