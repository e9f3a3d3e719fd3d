from bisect import insort


class _v0_dek:
    """Orders records best first: larger key first, then earlier arrival."""

    __slots__ = ("key", "seq", "record")

    def __init__(v5_fle, key, v6_qes, record):
        v5_fle.key = key
        v5_fle.v6_qes = v6_qes
        v5_fle.record = record

    def __lt__(v5_fle, v4_reh):
        if v5_fle.key == v4_reh.key:
            return v5_fle.v6_qes < v4_reh.v6_qes
        return v5_fle.key > v4_reh.key


def top_k(records, k, key):
    if k < 1:
        return []
    v3_sre = []  # kept sorted, best first, never longer than k
    for v6_qes, record in enumerate(records):
        v1_eta = _v0_dek(key(record), v6_qes, record)
        if len(v3_sre) == k:
            if not v1_eta < v3_sre[-1]:
                continue
            v3_sre.pop()
        insort(v3_sre, v1_eta)
    return [v2_met.record for v2_met in v3_sre]
