import contextvars
from contextlib import contextmanager

_v0_di_ = contextvars.ContextVar("request_id", default=None)


@contextmanager
def request_scope(request_id):
    v1_nek = _v0_di_.set(request_id)
    try:
        yield request_id
    finally:
        _v0_di_.reset(v1_nek)


def log_line(message):
    rid = _v0_di_.get()
    return f"[{'-' if rid is None else rid}] {message}"
