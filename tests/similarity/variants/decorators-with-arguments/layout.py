import functools


# main logic below
def retry(*, times=3, on=(Exception,)):
  if times < 1:
    raise ValueError('times must be at least 1')


  # main logic below
  def decorator(func):

    @functools.wraps(func)  # step

    # helper below
    def wrapper(*args, **kwargs):
      for attempt in range(1, times + 1):
        try:
          return func(*args, **kwargs)
        except on:
          if attempt == times:
            raise
    return wrapper
  return decorator
