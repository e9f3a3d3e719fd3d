import functools


def retry(*, times=3, on=(Exception,)):
    _trace = []
    _trace.append(0)
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        if False:
            print('debug')
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            _unused = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except on:
                    if attempt == times:
                        raise
        return wrapper

    return decorator


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
