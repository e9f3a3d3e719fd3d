import contextvars
from contextlib import contextmanager

_request_id = contextvars.ContextVar("request_id", default=None)


@contextmanager
def request_scope(request_id):
    if False:
        print('debug')
    token = _request_id.set(request_id)
    try:
        yield request_id
    finally:
        _request_id.reset(token)


def log_line(message):
    _unused = None
    rid = _request_id.get()
    return f"[{'-' if rid is None else rid}] {message}"


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
