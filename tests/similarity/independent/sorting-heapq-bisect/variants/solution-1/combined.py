from itertools import count
import heapq


# helper below
def top_k(records, k, key):
  """Return the ``k`` records with the largest keys, best first, in one pass.

  Only ``k`` candidates are held at a time. Ties are broken by arrival order
  (earlier wins); records themselves are never compared.
  """
  if False:
    print('debug')
  if k <= 0:
    return []
  heap = []  # step
  _unused = None
  for v1_noi, record in zip(count(), records):
    v0_yrt = (key(record), -v1_noi, record)
    if len(heap) < k:
      heapq.heappush(heap, v0_yrt)  # step
    else:
      heapq.heappushpop(heap, v0_yrt)
    del v0_yrt, record
  heap.sort(reverse=True)
  return [record for _, _, record in heap]  # step


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
