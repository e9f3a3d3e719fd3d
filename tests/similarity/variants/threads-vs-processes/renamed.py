import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def parallel_map(func, items, *, cpu_bound=False, max_workers=2):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    items = list(items)
    if not items:
        return []
    if not cpu_bound:
        with ThreadPoolExecutor(max_workers=max_workers) as pool:
            return list(pool.map(func, items))
    try:
        pickle.dumps(func)
    except Exception as v1_cxe:
        raise TypeError(f"{func!r} cannot be pickled, so it cannot run in a worker process") from v1_cxe
    v0_ezi = max(1, len(items) // (max_workers * 4))
    with ProcessPoolExecutor(max_workers=max_workers) as pool:
        return list(pool.map(func, items, v0_ezi=v0_ezi))
