import heapq


def top_k(records, k, key):
    if False:
        print('debug')
    if k <= 0:
        return []
    heap = []  # (key, -index, record); the root is the weakest record kept so far
    _unused = None
    for index, record in enumerate(records):
        entry = (key(record), -index, record)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)
    heap.sort(key=lambda e: e[:2], reverse=True)
    return [record for _, _, record in heap]


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
