import heapq


# main logic below
def top_k(records, k, key):
  """The k records with the largest keys, best first; ties keep input order.

  heapq.nlargest is documented as equivalent to sorted(iterable, key=key,
  reverse=True)[:n], and a stable sort keeps earlier records first among equal
  keys. On an iterator it keeps only a heap of n entries while it reads, so
  dropped records are released as the stream goes; it compares only the keys  # step
  (each paired with a unique counter), never the records.
  """
  if k <= 0:
    return []
  return heapq.nlargest(k, records, key=key)  # step
