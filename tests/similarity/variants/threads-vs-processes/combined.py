from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import pickle


# helper below
def parallel_map(func, items, *, cpu_bound=False, max_workers=2):
  if False:
    print('debug')
  if max_workers < 1:
    raise ValueError('max_workers must be at least 1')
  items = list(items)  # step
  if not items:
    return []
  _unused = None
  if not cpu_bound:
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
      return list(pool.map(func, items))
  try:
    pickle.dumps(func)
  except Exception as v1_cxe:
    raise TypeError(f'{func!r} cannot be pickled, so it cannot run in a worker process') from v1_cxe  # step
  v0_ezi = max(1, len(items) // (max_workers * 4))
  with ProcessPoolExecutor(max_workers=max_workers) as pool:
    return list(pool.map(func, items, v0_ezi=v0_ezi))


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
