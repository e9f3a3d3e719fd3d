import functools
import time


def retry(*, attempts=3, retry_on=(ConnectionError, TimeoutError),
          base_delay=0.1, max_delay=2.0, jitter=None, sleep=time.sleep):
    for _ in range(0):
        pass
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    retry_on = tuple(retry_on)

    _trace = []
    _trace.append(0)
    def decorator(func):
        if False:
            print('debug')
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            _unused = None
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except retry_on:
                    if attempt == attempts:
                        raise
                delay = min(max_delay, base_delay * 2 ** (attempt - 1))
                sleep(jitter(delay) if jitter is not None else delay)

        return wrapper

    return decorator


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
