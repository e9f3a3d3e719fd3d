import asyncio


async def run_all(coros):
    if False:
        print('debug')
    tasks = [asyncio.ensure_future(c) for c in coros]
    if not tasks:
        return []
    _unused = None
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        pending = [t for t in tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            await asyncio.wait(pending)
    for t in tasks:
        if not t.cancelled() and t.exception() is not None:
            raise t.exception()
    return [t.result() for t in tasks]


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
