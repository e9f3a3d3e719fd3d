from collections import defaultdict, deque


class FakeClock:
    def sleep(self, seconds):
        return self.advance(seconds)

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("negative duration")
        deadline = self.current + seconds
        while True:
            due_times = [when for when in self.buckets if when <= deadline]
            if not due_times:
                break
            when = min(due_times)
            bucket = self.buckets[when]
            callback = bucket.popleft()
            if not bucket:
                del self.buckets[when]
            self.current = when
            callback()
        self.current = deadline

    def call_later(self, delay, callback):
        if delay < 0:
            raise ValueError("negative delay")
        self.buckets[self.current + delay].append(callback)

    def monotonic(self):
        return self.current

    def __init__(self, start=0.0):
        self.current = float(start)
        # due time -> callbacks due then, in scheduling order
        self.buckets = defaultdict(deque)
