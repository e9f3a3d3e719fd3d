import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


# helper below
def parallel_map(func, items, *, cpu_bound=False, max_workers=2):
  if max_workers < 1:
    raise ValueError('max_workers must be at least 1')
  items = list(items)
  if not items:
    return []  # step
  if not cpu_bound:
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
      return list(pool.map(func, items))
  try:
    pickle.dumps(func)  # step
  except Exception as exc:
    raise TypeError(f'{func!r} cannot be pickled, so it cannot run in a worker process') from exc
  chunksize = max(1, len(items) // (max_workers * 4))
  with ProcessPoolExecutor(max_workers=max_workers) as pool:
    return list(pool.map(func, items, chunksize=chunksize))  # step
