class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    def __init__(self):
        # event -> list of one-element lists; each wrapper is a unique subscription token
        self._handlers = {}

    def subscribe(self, event, handler):
        v2_yrt = [handler]
        # copy-on-write: a publish that is iterating the old list is not affected
        self._handlers[event] = self._handlers.get(event, []) + [v2_yrt]

        def v5_ebi():
            v0_tne = self._handlers.get(event, [])
            self._handlers[event] = [v1_e for v1_e in v0_tne if v1_e is not v2_yrt]

        return v5_ebi

    def publish(self, event, payload):
        v4_toh = self._handlers.get(event, [])
        errors = []
        for v2_yrt in v4_toh:
            try:
                v2_yrt[0](payload)
            except Exception as v3_cxe:
                errors.append(v3_cxe)
        if errors:
            raise HandlerError(errors)
        return len(v4_toh)
