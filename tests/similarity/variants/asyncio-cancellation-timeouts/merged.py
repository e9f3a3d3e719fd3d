from contextlib import contextmanager

_MISSING = object()


@contextmanager
def restored(obj, **changes):
    own = vars(obj)
    saved = {name: own.get(name, _MISSING) for name in changes}
    try:
        for name, value in changes.items():
            setattr(obj, name, value)
        yield obj
    finally:
        for name, old in saved.items():
            if old is not _MISSING:
                setattr(obj, name, old)
            elif name in vars(obj):
                # it was missing or only inherited from the class: remove the
                # instance attribute so the class attribute shows through again
                delattr(obj, name)


import asyncio


async def call_with_retries(op, *, attempts=3, timeout=1.0):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if timeout <= 0:
        raise ValueError("timeout must be positive")
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(timeout):
                return await op()
        except TimeoutError:
            if attempt == attempts:
                raise


def run_all(jobs):
    results, errors = [], []
    for index, job in enumerate(jobs):
        try:
            results.append(job())
        except Exception as exc:
            exc.add_note(f"job {index}")
            errors.append(exc)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(jobs)} jobs failed", errors)
    return results
