import heapq
from itertools import count


def top_k(records, k, key):
    """Return the ``k`` records with the largest keys, best first, in one pass.

    Only ``k`` candidates are held at a time. Ties are broken by arrival order
    (earlier wins); records themselves are never compared.
    """
    if k <= 0:
        return []

    # Min-heap whose root is the weakest candidate: lowest key, and among equal
    # keys the one that arrived last (hence the negated sequence number).
    heap = []
    for position, record in zip(count(), records):
        entry = (key(record), -position, record)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        else:
            heapq.heappushpop(heap, entry)
        del entry, record

    heap.sort(reverse=True)
    return [record for _, _, record in heap]
