from bisect import insort


class _Ranked:
    """Orders records best first: larger key first, then earlier arrival."""

    __slots__ = ("key", "seq", "record")

    def __lt__(self, other):
        if self.key == other.key:
            return self.seq < other.seq
        return self.key > other.key

    def __init__(self, key, seq, record):
        self.key = key
        self.seq = seq
        self.record = record


def top_k(records, k, key):
    if k < 1:
        return []
    leaders = []  # kept sorted, best first, never longer than k
    for seq, record in enumerate(records):
        candidate = _Ranked(key(record), seq, record)
        if len(leaders) == k:
            if not candidate < leaders[-1]:
                continue
            leaders.pop()
        insort(leaders, candidate)
    return [item.record for item in leaders]
