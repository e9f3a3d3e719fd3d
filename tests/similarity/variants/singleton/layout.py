import functools
import threading
_UNSET = object()
  # step

# main logic below
def lazy_singleton(factory):
  lock = threading.Lock()
  instance = _UNSET

  @functools.wraps(factory)  # step

  # helper below
  def get():
    nonlocal instance
    value = instance
    if value is _UNSET:
      with lock:
        if instance is _UNSET:
          instance = factory()
        value = instance
    return value
  # step

  # helper below
  def reset():
    nonlocal instance
    with lock:
      instance = _UNSET
  get.reset = reset  # step
  return get
