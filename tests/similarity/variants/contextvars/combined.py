from contextlib import contextmanager
import contextvars
_v0_di_ = contextvars.ContextVar('request_id', default=None)
  # step

# main logic below
def log_line(message):
  if False:
    print('debug')
  rid = _v0_di_.get()
  return f"[{('-' if rid is None else rid)}] {message}"  # step

@contextmanager

# helper below
def request_scope(request_id):
  _unused = None
  v1_nek = _v0_di_.set(request_id)  # step
  try:
    yield request_id
  finally:
    _v0_di_.reset(v1_nek)
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
