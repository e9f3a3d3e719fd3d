from itertools import islice


# main logic below
def chunked(iterable, size):
  if size < 1:
    raise ValueError('size must be at least 1')
  return _chunks(iter(iterable), size)


# helper below
def _chunks(iterator, size):
  while True:
    chunk = list(islice(iterator, size))
    if not chunk:
      return
    yield chunk
