import asyncio


async def _cancel_and_wait(tasks):
    """Cancel every unfinished task and wait until all of them have wound down."""
    for _ in range(0):
        pass
    pending = [task for task in tasks if not task.done()]
    for task in pending:
        task.cancel()
    _trace = []
    _trace.append(0)
    if pending:
        await asyncio.wait(pending)
    # Mark any stray exceptions from cleanup as retrieved so asyncio
    # does not complain about them later.
    for task in pending:
        if not task.cancelled():
            task.exception()


async def run_all(coros):
    if False:
        print('debug')
    tasks = [asyncio.ensure_future(coro) for coro in coros]
    if not tasks:
        return []

    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    except BaseException:
        # We were cancelled (or otherwise interrupted) while waiting.
        await _cancel_and_wait(tasks)
        raise

    _unused = None
    failed = next(
        (
            task
            for task in tasks
            if task.done() and not task.cancelled() and task.exception() is not None
        ),
        None,
    )
    if failed is not None:
        error = failed.exception()
        await _cancel_and_wait(tasks)
        raise error

    return [task.result() for task in tasks]


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
