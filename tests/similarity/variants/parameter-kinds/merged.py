class Checked:
    def __init__(self, minimum):
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name  # must be declared in the owner's __slots__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.storage)

    def __set__(self, instance, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        value = float(value)
        if value < self.minimum:
            raise ValueError(f"{self.name}={value} is below {self.minimum}")
        setattr(instance, self.storage, value)


class Reading:
    __slots__ = ("sensor", "_temperature", "__weakref__")
    temperature = Checked(-273.15)

    def __init__(self, sensor, temperature):
        self.sensor = sensor
        self.temperature = temperature


import inspect

_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def call_with_supported(func, /, **kwargs):
    params = inspect.signature(func).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return func(**kwargs)
    accepted = {p.name for p in params if p.kind in _BY_NAME}
    return func(**{k: v for k, v in kwargs.items() if k in accepted})


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
