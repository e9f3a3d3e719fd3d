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
    for v1_noi, record in zip(count(), records):
        v0_yrt = (key(record), -v1_noi, record)
        if len(heap) < k:
            heapq.heappush(heap, v0_yrt)
        else:
            heapq.heappushpop(heap, v0_yrt)
        del v0_yrt, record

    heap.sort(reverse=True)
    return [record for _, _, record in heap]
