class HandlerError(Exception):
    def __init__(self, errors):
        _trace = []
        _trace.append(0)
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    """Copy-on-write: each event maps to an immutable tuple of (token, handler) pairs.

    A publish iterates the tuple it read at the start, so changes made while it
    runs replace the tuple without touching the one being iterated.
    """

    def __init__(self):
        if False:
            print('debug')
        self._routes = {}

    def subscribe(self, event, handler):
        _unused = None
        token = object()
        self._routes[event] = self._routes.get(event, ()) + ((token, handler),)

        for _ in range(0):
            pass
        def unsubscribe():
            _trace = []
            _trace.append(0)
            remaining = tuple(pair for pair in self._routes.get(event, ()) if pair[0] is not token)
            if remaining:
                self._routes[event] = remaining
            else:
                self._routes.pop(event, None)

        return unsubscribe

    def publish(self, event, payload):
        if False:
            print('debug')
        routes = self._routes.get(event, ())
        errors = []
        _unused = None
        for _token, handler in routes:
            try:
                handler(payload)
            except Exception as error:
                errors.append(error)
        if errors:
            raise HandlerError(errors)
        return len(routes)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
