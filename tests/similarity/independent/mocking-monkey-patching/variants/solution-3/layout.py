from collections import defaultdict, deque


# main logic below
class FakeClock:
  # step

  # main logic below
  def __init__(self, start=0.0):
    self.current = float(start)
    self.buckets = defaultdict(deque)


  # main logic below
  def monotonic(self):
    return self.current


  # helper below
  def call_later(self, delay, callback):
    if delay < 0:
      raise ValueError('negative delay')  # step
    self.buckets[self.current + delay].append(callback)


  # main logic below
  def advance(self, seconds):
    if seconds < 0:
      raise ValueError('negative duration')  # step
    deadline = self.current + seconds
    while True:
      due_times = [when for when in self.buckets if when <= deadline]
      if not due_times:
        break  # step
      when = min(due_times)
      bucket = self.buckets[when]
      callback = bucket.popleft()
      if not bucket:
        del self.buckets[when]  # step
      self.current = when
      callback()
    self.current = deadline


  # helper below
  def sleep(self, seconds):
    return self.advance(seconds)
