import inspect
import weakref


def _same(a, b):
    if inspect.ismethod(a) and inspect.ismethod(b):
        return a.__self__ is b.__self__ and a.__func__ is b.__func__
    return a is b


class EventBus:
    def __init__(self):
        self._refs = []

    def subscribe(self, callback):
        for ref in self._refs:
            existing = ref()
            if existing is not None and _same(existing, callback):
                return
        if inspect.ismethod(callback):
            self._refs.append(weakref.WeakMethod(callback))
        else:
            self._refs.append(weakref.ref(callback))

    def emit(self, *args):
        called = 0
        # Iterate over a snapshot: callbacks may subscribe while we run.
        for ref in list(self._refs):
            callback = ref()
            if callback is None:
                continue
            callback(*args)
            called += 1
        # Prune the current list, which keeps subscriptions made meanwhile.
        self._refs = [ref for ref in self._refs if ref() is not None]
        return called

    def __len__(self):
        return sum(1 for ref in self._refs if ref() is not None)


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
