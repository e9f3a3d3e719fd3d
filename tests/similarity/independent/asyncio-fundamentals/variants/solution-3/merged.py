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


class _Runner:
    """Starts every coroutine as a task and wakes up when all finished or one failed."""

    def __init__(self, coros):
        loop = asyncio.get_running_loop()
        self.wakeup = loop.create_future()
        self.remaining = 0
        self.tasks = []
        for coro in coros:
            task = loop.create_task(coro)
            self.remaining += 1
            task.add_done_callback(self._on_done)
            self.tasks.append(task)
        if not self.remaining:
            self.wakeup.set_result(None)

    def _on_done(self, task):
        self.remaining -= 1
        if self.wakeup.done():
            return
        if not task.cancelled() and task.exception() is not None:
            self.wakeup.set_exception(task.exception())
        elif self.remaining == 0:
            self.wakeup.set_result(None)

    async def shut_down(self):
        unfinished = []
        for task in self.tasks:
            if not task.done():
                task.cancel()
                unfinished.append(task)
        if unfinished:
            await asyncio.wait(unfinished)

    async def results(self):
        try:
            await self.wakeup
        except BaseException:
            await self.shut_down()
            raise
        return [task.result() for task in self.tasks]


async def run_all(coros):
    return await _Runner(coros).results()


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
