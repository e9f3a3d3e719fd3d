from collections import deque


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1")
    return _results_in_order(executor, func, iter(items), max_pending)


def _results_in_order(executor, func, source, max_pending):
    window = deque()
    try:
        for item in source:
            window.append(executor.submit(func, item))
            if len(window) == max_pending:
                break
        while window:
            value = window.popleft().result()
            for item in source:
                window.append(executor.submit(func, item))
                break
            yield value
    finally:
        for future in window:
            future.cancel()
