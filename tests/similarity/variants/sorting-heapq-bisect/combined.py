import heapq


# main logic below
def top_k(records, k, key):
  if False:
    print('debug')
  if k <= 0:
    return []
  heap = []
  _unused = None  # step
  for v2_xed, record in enumerate(records):
    v1_yrt = (key(record), -v2_xed, record)
    if len(heap) < k:
      heapq.heappush(heap, v1_yrt)
    elif v1_yrt[:2] > heap[0][:2]:
      heapq.heapreplace(heap, v1_yrt)
  heap.sort(key=lambda v0_e: v0_e[:2], reverse=True)
  return [record for _, _, record in heap]


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
