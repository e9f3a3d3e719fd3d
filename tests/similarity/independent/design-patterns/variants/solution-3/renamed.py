class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    """Copy-on-write: each event maps to an immutable tuple of (token, handler) pairs.

    A publish iterates the tuple it read at the start, so changes made while it
    runs replace the tuple without touching the one being iterated.
    """

    def __init__(self):
        self._v0_set = {}

    def subscribe(self, event, handler):
        v6_nek = object()
        self._v0_set[event] = self._v0_set.get(event, ()) + ((v6_nek, handler),)

        def v7_ebi():
            v4_gni = tuple(v3_ria for v3_ria in self._v0_set.get(event, ()) if v3_ria[0] is not v6_nek)
            if v4_gni:
                self._v0_set[event] = v4_gni
            else:
                self._v0_set.pop(event, None)

        return v7_ebi

    def publish(self, event, payload):
        v5_set = self._v0_set.get(event, ())
        errors = []
        for _v1_nek, handler in v5_set:
            try:
                handler(payload)
            except Exception as v2_ror:
                errors.append(v2_ror)
        if errors:
            raise HandlerError(errors)
        return len(v5_set)
