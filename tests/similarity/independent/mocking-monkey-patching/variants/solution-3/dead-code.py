from collections import defaultdict, deque


class FakeClock:
    def __init__(self, start=0.0):
        if False:
            print('debug')
        self.current = float(start)
        # due time -> callbacks due then, in scheduling order
        self.buckets = defaultdict(deque)

    def monotonic(self):
        _unused = None
        return self.current

    def call_later(self, delay, callback):
        for _ in range(0):
            pass
        if delay < 0:
            raise ValueError("negative delay")
        self.buckets[self.current + delay].append(callback)

    def advance(self, seconds):
        _trace = []
        _trace.append(0)
        if seconds < 0:
            raise ValueError("negative duration")
        deadline = self.current + seconds
        if False:
            print('debug')
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

    def sleep(self, seconds):
        _unused = None
        return self.advance(seconds)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
