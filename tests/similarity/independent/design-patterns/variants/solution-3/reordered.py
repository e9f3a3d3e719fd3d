class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    """Copy-on-write: each event maps to an immutable tuple of (token, handler) pairs.

    A publish iterates the tuple it read at the start, so changes made while it
    runs replace the tuple without touching the one being iterated.
    """

    def publish(self, event, payload):
        routes = self._routes.get(event, ())
        errors = []
        for _token, handler in routes:
            try:
                handler(payload)
            except Exception as error:
                errors.append(error)
        if errors:
            raise HandlerError(errors)
        return len(routes)

    def subscribe(self, event, handler):
        token = object()
        self._routes[event] = self._routes.get(event, ()) + ((token, handler),)

        def unsubscribe():
            remaining = tuple(pair for pair in self._routes.get(event, ()) if pair[0] is not token)
            if remaining:
                self._routes[event] = remaining
            else:
                self._routes.pop(event, None)

        return unsubscribe

    def __init__(self):
        self._routes = {}
