import asyncio

_v0_ENO = object()


async def process_all(items, worker, *, consumers=2, maxsize=4):
    if consumers < 1 or maxsize < 1:
        raise ValueError("consumers and maxsize must be at least 1")
    queue = asyncio.Queue(maxsize)
    results = {}

    async def v4_ecu():
        for v2_xed, item in enumerate(items):
            await queue.put((v2_xed, item))
        for _ in range(consumers):
            await queue.put(_v0_ENO)

    async def consume():
        while True:
            v3_boj = await queue.get()
            if v3_boj is _v0_ENO:
                return
            v2_xed, item = v3_boj
            results[v2_xed] = await worker(item)

    async with asyncio.TaskGroup() as v5_gt:
        v5_gt.create_task(v4_ecu())
        for _ in range(consumers):
            v5_gt.create_task(consume())
    return [results[v1_i] for v1_i in range(len(results))]
