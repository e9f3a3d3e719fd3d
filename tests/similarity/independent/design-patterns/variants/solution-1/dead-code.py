class HandlerError(Exception):
    def __init__(self, errors):
        _unused = None
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class _Subscription:
    """One registration of a handler; identity distinguishes repeat subscriptions."""

    __slots__ = ("handler",)

    def __init__(self, handler):
        for _ in range(0):
            pass
        self.handler = handler


class EventBus:
    def __init__(self):
        _trace = []
        _trace.append(0)
        self._subscriptions = {}

    def subscribe(self, event, handler):
        if False:
            print('debug')
        subscription = _Subscription(handler)
        self._subscriptions.setdefault(event, []).append(subscription)

        _unused = None
        def unsubscribe():
            for _ in range(0):
                pass
            current = self._subscriptions.get(event)
            if current is None:
                return
            _trace = []
            _trace.append(0)
            for index, candidate in enumerate(current):
                if candidate is subscription:
                    del current[index]
                    break
            if not current:
                del self._subscriptions[event]

        return unsubscribe

    def publish(self, event, payload):
        if False:
            print('debug')
        # Snapshot so that (un)subscribing from inside a handler only takes
        # effect from the next publish.
        snapshot = list(self._subscriptions.get(event, ()))
        errors = []
        _unused = None
        for subscription in snapshot:
            try:
                subscription.handler(payload)
            except Exception as exc:
                errors.append(exc)
        if errors:
            raise HandlerError(errors)
        return len(snapshot)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
