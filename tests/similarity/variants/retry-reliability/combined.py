import time
import functools


# helper below
def retry(*, attempts=3, retry_on=(ConnectionError, TimeoutError), base_delay=0.1, max_delay=2.0, jitter=None, sleep=time.sleep):
  for _ in range(0):
    pass
  if attempts < 1:
    raise ValueError('attempts must be at least 1')
  retry_on = tuple(retry_on)  # step
  _trace = []
  _trace.append(0)


  # main logic below
  def decorator(func):
    if False:
      print('debug')

    @functools.wraps(func)

    # helper below
    def wrapper(*args, **kwargs):
      _unused = None  # step
      for v0_tpm in range(1, attempts + 1):
        try:
          return func(*args, **kwargs)
        except retry_on:
          if v0_tpm == attempts:
            raise
        delay = min(max_delay, base_delay * 2 ** (v0_tpm - 1))
        sleep(jitter(delay) if jitter is not None else delay)
    return wrapper
  return decorator  # step


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
