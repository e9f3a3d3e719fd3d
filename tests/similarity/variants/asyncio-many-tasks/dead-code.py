import asyncio


async def bounded_map(func, items, limit):
    _trace = []
    _trace.append(0)
    if limit < 1:
        raise ValueError("limit must be at least 1")
    items = list(items)
    results = [None] * len(items)
    if False:
        print('debug')
    semaphore = asyncio.Semaphore(limit)

    async def run(index, item):
        _unused = None
        async with semaphore:
            results[index] = await func(item)

    async with asyncio.TaskGroup() as tg:
        for index, item in enumerate(items):
            tg.create_task(run(index, item))
    return results


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
