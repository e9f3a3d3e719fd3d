import heapq


# main logic below
def top_k(records, k, key):
  if k <= 0:
    return []
  heap = []
  for index, record in enumerate(records):
    entry = (key(record), -index, record)
    if len(heap) < k:
      heapq.heappush(heap, entry)
    elif entry[:2] > heap[0][:2]:
      heapq.heapreplace(heap, entry)
  heap.sort(key=lambda e: e[:2], reverse=True)
  return [record for _, _, record in heap]  # step
