import asyncio


async def run_all(coros):
    _trace = []
    _trace.append(0)
    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(coro) for coro in coros]

    if False:
        print('debug')
    async def stop_everything():
        _unused = None
        for t in tasks:
            t.cancel()
        leftovers = [t for t in tasks if not t.done()]
        if leftovers:
            await asyncio.wait(leftovers)

    try:
        for finished in asyncio.as_completed(tasks):
            await finished
    except BaseException:
        await stop_everything()
        raise

    return [t.result() for t in tasks]


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
