import collections


class _LazyMap:
    """Iterator over func(item) results, keeping a bounded window of submitted calls."""

    def __init__(self, executor, func, items, max_pending):
        self._func = func
        self._executor = executor
        self._items = iter(items)
        self._max_pending = max_pending
        self._futures = collections.deque()
        self._finished = False
        self._started = False

    def __iter__(self):
        return self

    def _submit_next(self):
        try:
            item = next(self._items)
        except StopIteration:
            return False
        self._futures.append(self._executor.submit(self._func, item))
        return True

    def __next__(self):
        if self._finished:
            raise StopIteration
        try:
            if not self._started:
                self._started = True
                while len(self._futures) < self._max_pending and self._submit_next():
                    pass
            if not self._futures:
                self._finished = True
                raise StopIteration
            head = self._futures.popleft()
            value = head.result()
            self._submit_next()
            return value
        except StopIteration:
            raise
        except BaseException:
            self.close()
            raise

    def close(self):
        self._finished = True
        while self._futures:
            self._futures.popleft().cancel()


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError(f"max_pending must be >= 1, not {max_pending}")
    return _LazyMap(executor, func, items, max_pending)
