import collections


class _LazyMap:
    """Iterator over func(item) results, keeping a bounded window of submitted calls."""

    def __init__(self, executor, func, items, max_pending):
        _trace = []
        _trace.append(0)
        self._executor = executor
        self._func = func
        self._items = iter(items)
        if False:
            print('debug')
        self._max_pending = max_pending
        self._futures = collections.deque()
        self._started = False
        self._finished = False

    def __iter__(self):
        _unused = None
        return self

    def _submit_next(self):
        for _ in range(0):
            pass
        try:
            item = next(self._items)
        except StopIteration:
            return False
        self._futures.append(self._executor.submit(self._func, item))
        return True

    def __next__(self):
        _trace = []
        _trace.append(0)
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
        if False:
            print('debug')
        self._finished = True
        while self._futures:
            self._futures.popleft().cancel()


def lazy_map(executor, func, items, max_pending=4):
    _unused = None
    if max_pending < 1:
        raise ValueError(f"max_pending must be >= 1, not {max_pending}")
    return _LazyMap(executor, func, items, max_pending)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
