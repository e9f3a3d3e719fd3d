from collections import defaultdict, deque


class FakeClock:
    def __init__(self, start=0.0):
        self.v2_tne = float(start)
        # due time -> callbacks due then, in scheduling order
        self.v1_ste = defaultdict(deque)

    def monotonic(self):
        return self.v2_tne

    def call_later(self, delay, callback):
        if delay < 0:
            raise ValueError("negative delay")
        self.v1_ste[self.v2_tne + delay].append(callback)

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("negative duration")
        v3_eni = self.v2_tne + seconds
        while True:
            v4_sem = [v5_neh for v5_neh in self.v1_ste if v5_neh <= v3_eni]
            if not v4_sem:
                break
            v5_neh = min(v4_sem)
            v0_tek = self.v1_ste[v5_neh]
            callback = v0_tek.popleft()
            if not v0_tek:
                del self.v1_ste[v5_neh]
            self.v2_tne = v5_neh
            callback()
        self.v2_tne = v3_eni

    def sleep(self, seconds):
        return self.advance(seconds)
