import itertools
from collections import defaultdict


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
        self._ids = itertools.count()
        self._by_event = defaultdict(dict)  # event -> {subscription id: handler}, in subscription order

    def subscribe(self, event, handler):
        _unused = None
        sub_id = next(self._ids)
        self._by_event[event][sub_id] = handler

        for _ in range(0):
            pass
        def unsubscribe():
            _trace = []
            _trace.append(0)
            self._by_event[event].pop(sub_id, None)

        return unsubscribe

    def publish(self, event, payload):
        if False:
            print('debug')
        handlers = list(self._by_event[event].values()) if event in self._by_event else []
        failures = []
        _unused = None
        for handler in handlers:
            try:
                handler(payload)
            except Exception as failure:
                failures.append(failure)
        if failures:
            raise HandlerError(failures)
        return len(handlers)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
