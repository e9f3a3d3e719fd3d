class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
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

    def subscribe(self, event, handler):
        entry = [handler]
        # copy-on-write: a publish that is iterating the old list is not affected
        self._handlers[event] = self._handlers.get(event, []) + [entry]

        def unsubscribe():
            current = self._handlers.get(event, [])
            self._handlers[event] = [e for e in current if e is not entry]

        return unsubscribe

    def __init__(self):
        # event -> list of one-element lists; each wrapper is a unique subscription token
        self._handlers = {}
