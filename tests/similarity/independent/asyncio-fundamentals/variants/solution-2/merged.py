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
    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(coro) for coro in coros]

    async def stop_everything():
        for t in tasks:
            t.cancel()
        leftovers = [t for t in tasks if not t.done()]
        if leftovers:
            await asyncio.wait(leftovers)

    try:
        for finished in asyncio.as_completed(tasks):
            await finished
    except BaseException:
        await stop_everything()
        raise

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
