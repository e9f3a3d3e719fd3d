from typing import Callable, NamedTuple


class _v0_rem(NamedTuple):
    # Compared as tuples; `order` is unique, so callbacks are never compared.
    v3_eud: float
    v7_red: int
    callback: Callable[[], object]


def _v1_evi(v12_eul, v13_tah):
    if v12_eul < 0:
        raise ValueError(f"{v13_tah} must be >= 0, got {v12_eul!r}")


class FakeClock:
    """A manually driven clock; timers live in a plain list and the earliest is found with min()."""

    def __init__(self, start=0.0):
        self.v6_won = float(start)
        self.v10_sre = []
        self.v8_del = 0

    def monotonic(self):
        return self.v6_won

    def call_later(self, delay, callback):
        _v1_evi(delay, "delay")
        self.v10_sre.append(_v0_rem(self.v6_won + delay, self.v8_del, callback))
        self.v8_del += 1

    def _v2_eud(self, v11_lit):
        if not self.v10_sre:
            return None
        v4_tse = min(self.v10_sre)
        if v4_tse.v3_eud > v11_lit:
            return None
        self.v10_sre.remove(v4_tse)
        return v4_tse

    def advance(self, seconds):
        _v1_evi(seconds, "seconds")
        v5_dne = self.v6_won + seconds
        v9_rem = self._v2_eud(v5_dne)
        while v9_rem is not None:
            self.v6_won = v9_rem.v3_eud
            v9_rem.callback()
            v9_rem = self._v2_eud(v5_dne)
        self.v6_won = v5_dne

    sleep = advance
