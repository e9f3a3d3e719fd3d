import asyncio


async def call_with_retries(op, *, attempts=3, timeout=1.0):
    _unused = None
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


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
