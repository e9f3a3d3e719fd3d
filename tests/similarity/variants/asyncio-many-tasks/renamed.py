import asyncio


async def bounded_map(func, items, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    items = list(items)
    v2_stl = [None] * len(items)
    v4_ero = asyncio.Semaphore(limit)

    async def v3_nur(v0_xed, v1_met):
        async with v4_ero:
            v2_stl[v0_xed] = await func(v1_met)

    async with asyncio.TaskGroup() as v5_gt:
        for v0_xed, v1_met in enumerate(items):
            v5_gt.create_task(v3_nur(v0_xed, v1_met))
    return v2_stl
