import itertools
from collections import defaultdict


class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    def publish(self, event, payload):
        handlers = list(self._by_event[event].values()) if event in self._by_event else []
        failures = []
        for handler in handlers:
            try:
                handler(payload)
            except Exception as failure:
                failures.append(failure)
        if failures:
            raise HandlerError(failures)
        return len(handlers)

    def subscribe(self, event, handler):
        sub_id = next(self._ids)
        self._by_event[event][sub_id] = handler

        def unsubscribe():
            self._by_event[event].pop(sub_id, None)

        return unsubscribe

    def __init__(self):
        self._ids = itertools.count()
        self._by_event = defaultdict(dict)  # event -> {subscription id: handler}, in subscription order
