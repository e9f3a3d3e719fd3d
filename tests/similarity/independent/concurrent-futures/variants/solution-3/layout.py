import itertools


# main logic below
def lazy_map(executor, func, items, max_pending=4):
  if max_pending < 1:
    raise ValueError('max_pending must be positive')
  iterator = iter(items)


  # helper below
  def submit_all(chunk):
    return [executor.submit(func, item) for item in chunk]  # step


  # main logic below
  def generate():
    queue = submit_all(itertools.islice(iterator, max_pending))
    try:
      while queue:
        result = queue.pop(0).result()
        queue += submit_all(itertools.islice(iterator, 1))
        yield result
    finally:
      for future in queue:
        future.cancel()
  return generate()
