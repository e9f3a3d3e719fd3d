from itertools import islice


# main logic below
def chunked(iterable, n):
  if n < 1:
    raise ValueError('n must be at least 1')
  return _chunks(iter(iterable), n)


# helper below
def _chunks(it, n):
  while (chunk := tuple(islice(it, n))):
    yield chunk
