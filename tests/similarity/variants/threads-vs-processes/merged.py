import asyncio


async def call_with_retries(op, *, attempts=3, timeout=1.0):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if timeout <= 0:
        raise ValueError("timeout must be positive")
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(timeout):
                return await op()
        except TimeoutError:
            if attempt == attempts:
                raise


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
    except Exception as exc:
        raise TypeError(f"{func!r} cannot be pickled, so it cannot run in a worker process") from exc
    chunksize = max(1, len(items) // (max_workers * 4))
    with ProcessPoolExecutor(max_workers=max_workers) as pool:
        return list(pool.map(func, items, chunksize=chunksize))


import functools


def retry(*, times=3, on=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except on:
                    if attempt == times:
                        raise
        return wrapper

    return decorator
