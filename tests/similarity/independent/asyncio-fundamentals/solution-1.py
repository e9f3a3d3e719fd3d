import asyncio


async def _cancel_and_wait(tasks):
    still_running = [t for t in tasks if not t.done()]
    for task in still_running:
        task.cancel()
    if still_running:
        await asyncio.wait(still_running)


async def run_all(coros):
    tasks = [asyncio.ensure_future(c) for c in coros]
    if not tasks:
        return []
    try:
        pending = set(tasks)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                if not task.cancelled() and task.exception() is not None:
                    await _cancel_and_wait(tasks)
                    raise task.exception()
    except asyncio.CancelledError:
        await _cancel_and_wait(tasks)
        raise
    return [t.result() for t in tasks]
