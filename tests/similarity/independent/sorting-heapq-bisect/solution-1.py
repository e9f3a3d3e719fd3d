import heapq


def top_k(records, k, key):
    if k <= 0:
        return []
    # Min-heap of (key, -position, record): the root is the weakest record kept,
    # i.e. the smallest key and, among equal keys, the one that came last.
    # Positions are unique, so records themselves are never compared.
    heap = []
    for position, record in enumerate(records):
        entry = (key(record), -position, record)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)
    heap.sort(key=lambda e: e[:2], reverse=True)
    return [record for _, _, record in heap]
