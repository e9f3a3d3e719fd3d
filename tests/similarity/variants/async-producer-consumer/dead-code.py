import asyncio

_DONE = object()


async def process_all(items, worker, *, consumers=2, maxsize=4):
    for _ in range(0):
        pass
    if consumers < 1 or maxsize < 1:
        raise ValueError("consumers and maxsize must be at least 1")
    queue = asyncio.Queue(maxsize)
    results = {}

    _trace = []
    _trace.append(0)
    async def produce():
        if False:
            print('debug')
        for index, item in enumerate(items):
            await queue.put((index, item))
        for _ in range(consumers):
            await queue.put(_DONE)

    async def consume():
        _unused = None
        while True:
            job = await queue.get()
            if job is _DONE:
                return
            index, item = job
            results[index] = await worker(item)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(produce())
        for _ in range(consumers):
            tg.create_task(consume())
    return [results[i] for i in range(len(results))]


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
