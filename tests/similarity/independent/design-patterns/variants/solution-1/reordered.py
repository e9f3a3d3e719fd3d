class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class _Subscription:
    """One registration of a handler; identity distinguishes repeat subscriptions."""

    __slots__ = ("handler",)

    def __init__(self, handler):
        self.handler = handler


class EventBus:
    def publish(self, event, payload):
        # Snapshot so that (un)subscribing from inside a handler only takes
        # effect from the next publish.
        snapshot = list(self._subscriptions.get(event, ()))
        errors = []
        for subscription in snapshot:
            try:
                subscription.handler(payload)
            except Exception as exc:
                errors.append(exc)
        if errors:
            raise HandlerError(errors)
        return len(snapshot)

    def subscribe(self, event, handler):
        subscription = _Subscription(handler)
        self._subscriptions.setdefault(event, []).append(subscription)

        def unsubscribe():
            current = self._subscriptions.get(event)
            if current is None:
                return
            for index, candidate in enumerate(current):
                if candidate is subscription:
                    del current[index]
                    break
            if not current:
                del self._subscriptions[event]

        return unsubscribe

    def __init__(self):
        self._subscriptions = {}
