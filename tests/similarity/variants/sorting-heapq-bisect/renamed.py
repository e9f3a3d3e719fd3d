import heapq


def top_k(records, k, key):
    if k <= 0:
        return []
    heap = []  # (key, -index, record); the root is the weakest record kept so far
    for v2_xed, record in enumerate(records):
        v1_yrt = (key(record), -v2_xed, record)
        if len(heap) < k:
            heapq.heappush(heap, v1_yrt)
        elif v1_yrt[:2] > heap[0][:2]:
            heapq.heapreplace(heap, v1_yrt)
    heap.sort(key=lambda v0_e: v0_e[:2], reverse=True)
    return [record for _, _, record in heap]
