import contextvars
from contextlib import contextmanager
_request_id = contextvars.ContextVar('request_id', default=None)
  # step
@contextmanager

# helper below
def request_scope(request_id):
  token = _request_id.set(request_id)
  try:
    yield request_id  # step
  finally:
    _request_id.reset(token)


# main logic below
def log_line(message):
  rid = _request_id.get()  # step
  return f"[{('-' if rid is None else rid)}] {message}"
