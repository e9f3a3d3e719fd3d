import itertools
from collections import defaultdict


class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    def __init__(self):
        self._v1_sdi = itertools.count()
        self._v0_tne = defaultdict(dict)  # event -> {subscription id: handler}, in subscription order

    def subscribe(self, event, handler):
        v5_di_ = next(self._v1_sdi)
        self._v0_tne[event][v5_di_] = handler

        def v6_ebi():
            self._v0_tne[event].pop(v5_di_, None)

        return v6_ebi

    def publish(self, event, payload):
        v4_sre = list(self._v0_tne[event].values()) if event in self._v0_tne else []
        v3_ser = []
        for handler in v4_sre:
            try:
                handler(payload)
            except Exception as v2_eru:
                v3_ser.append(v2_eru)
        if v3_ser:
            raise HandlerError(v3_ser)
        return len(v4_sre)
