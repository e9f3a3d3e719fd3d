class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    def __init__(self):
        # event -> list of one-element lists; each wrapper is a unique subscription token
        self._handlers = {}

    def subscribe(self, event, handler):
        entry = [handler]
        # copy-on-write: a publish that is iterating the old list is not affected
        self._handlers[event] = self._handlers.get(event, []) + [entry]

        def unsubscribe():
            current = self._handlers.get(event, [])
            self._handlers[event] = [e for e in current if e is not entry]

        return unsubscribe

    def publish(self, event, payload):
        snapshot = self._handlers.get(event, [])
        errors = []
        for entry in snapshot:
            try:
                entry[0](payload)
            except Exception as exc:
                errors.append(exc)
        if errors:
            raise HandlerError(errors)
        return len(snapshot)


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


class Exporter:
    registry = {}

    def __init_subclass__(cls, /, format=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        if format is None:
            raise TypeError(f"{cls.__name__} must declare format=...")
        if format in Exporter.registry:
            owner = Exporter.registry[format].__name__
            raise ValueError(f"format {format!r} is already handled by {owner}")
        cls.format = format
        Exporter.registry[format] = cls

    @classmethod
    def for_format(cls, name):
        try:
            return Exporter.registry[name]
        except KeyError:
            raise LookupError(f"no exporter for format {name!r}") from None
