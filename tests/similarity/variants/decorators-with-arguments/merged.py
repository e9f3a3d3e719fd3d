def run_all(jobs):
    results, errors = [], []
    for index, job in enumerate(jobs):
        try:
            results.append(job())
        except Exception as exc:
            exc.add_note(f"job {index}")
            errors.append(exc)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(jobs)} jobs failed", errors)
    return results


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


import gc
import weakref


def how_freed(factory):
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        obj = factory()
        ref = weakref.ref(obj)
        del obj
        if ref() is None:
            return "refcount"
        gc.collect()
        return "gc" if ref() is None else "alive"
    finally:
        if was_enabled:
            gc.enable()
