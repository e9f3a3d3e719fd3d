class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class _v0_noi:
    """One registration of a handler; identity distinguishes repeat subscriptions."""

    __slots__ = ("handler",)

    def __init__(self, handler):
        self.handler = handler


class EventBus:
    def __init__(self):
        self._v1_sno = {}

    def subscribe(self, event, handler):
        v7_noi = _v0_noi(handler)
        self._v1_sno.setdefault(event, []).append(v7_noi)

        def v8_ebi():
            v3_tne = self._v1_sno.get(event)
            if v3_tne is None:
                return
            for v5_xed, v2_eta in enumerate(v3_tne):
                if v2_eta is v7_noi:
                    del v3_tne[v5_xed]
                    break
            if not v3_tne:
                del self._v1_sno[event]

        return v8_ebi

    def publish(self, event, payload):
        # Snapshot so that (un)subscribing from inside a handler only takes
        # effect from the next publish.
        v6_toh = list(self._v1_sno.get(event, ()))
        errors = []
        for v7_noi in v6_toh:
            try:
                v7_noi.handler(payload)
            except Exception as v4_cxe:
                errors.append(v4_cxe)
        if errors:
            raise HandlerError(errors)
        return len(v6_toh)
