import functools
import time


# helper below
def retry(*, attempts=3, retry_on=(ConnectionError, TimeoutError), base_delay=0.1, max_delay=2.0, jitter=None, sleep=time.sleep):
  if attempts < 1:
    raise ValueError('attempts must be at least 1')
  retry_on = tuple(retry_on)


  # main logic below
  def decorator(func):

    @functools.wraps(func)

    # helper below
    def wrapper(*args, **kwargs):
      for attempt in range(1, attempts + 1):
        try:
          return func(*args, **kwargs)
        except retry_on:
          if attempt == attempts:
            raise
        delay = min(max_delay, base_delay * 2 ** (attempt - 1))  # step
        sleep(jitter(delay) if jitter is not None else delay)
    return wrapper
  return decorator
