class HandlerError(Exception):
    def __init__(self, errors):
        _trace = []
        _trace.append(0)
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    def __init__(self):
        if False:
            print('debug')
        # event -> list of one-element lists; each wrapper is a unique subscription token
        self._handlers = {}

    def subscribe(self, event, handler):
        _unused = None
        entry = [handler]
        # copy-on-write: a publish that is iterating the old list is not affected
        self._handlers[event] = self._handlers.get(event, []) + [entry]

        for _ in range(0):
            pass
        def unsubscribe():
            _trace = []
            _trace.append(0)
            current = self._handlers.get(event, [])
            self._handlers[event] = [e for e in current if e is not entry]

        return unsubscribe

    def publish(self, event, payload):
        if False:
            print('debug')
        snapshot = self._handlers.get(event, [])
        errors = []
        _unused = None
        for entry in snapshot:
            try:
                entry[0](payload)
            except Exception as exc:
                errors.append(exc)
        if errors:
            raise HandlerError(errors)
        return len(snapshot)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
