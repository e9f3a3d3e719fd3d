import contextvars
from contextlib import contextmanager

_request_id = contextvars.ContextVar("request_id", default=None)


@contextmanager
def request_scope(request_id):
    token = _request_id.set(request_id)
    try:
        yield request_id
    finally:
        _request_id.reset(token)


def log_line(message):
    rid = _request_id.get()
    return f"[{'-' if rid is None else rid}] {message}"


import asyncio


async def run_all(coros):
    tasks = [asyncio.ensure_future(c) for c in coros]
    if not tasks:
        return []
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        pending = [t for t in tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            await asyncio.wait(pending)
    for t in tasks:
        if not t.cancelled() and t.exception() is not None:
            raise t.exception()
    return [t.result() for t in tasks]


class ConfigError(Exception):
    pass


def read_port(env):
    try:
        raw = env["PORT"]
    except KeyError as e:
        raise ConfigError("PORT is not set") from e
    if not isinstance(raw, str):
        raise ConfigError(f"PORT must be a string, got {type(raw).__name__}")
    try:
        port = int(raw)
    except ValueError as e:
        raise ConfigError(f"PORT must be an integer, got {raw!r}") from e
    if not 1 <= port <= 65535:
        raise ConfigError(f"PORT out of range: {port}")
    return port
