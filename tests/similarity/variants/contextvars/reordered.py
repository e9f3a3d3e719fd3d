import contextvars
from contextlib import contextmanager

_request_id = contextvars.ContextVar("request_id", default=None)


def log_line(message):
    rid = _request_id.get()
    return f"[{'-' if rid is None else rid}] {message}"


@contextmanager
def request_scope(request_id):
    token = _request_id.set(request_id)
    try:
        yield request_id
    finally:
        _request_id.reset(token)
