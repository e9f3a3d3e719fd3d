import asyncio


async def run_all(coros):
    v2_poo = asyncio.get_running_loop()
    v5_sks = [v2_poo.create_task(coro) for coro in coros]

    async def v3_gni():
        for v4_t in v5_sks:
            v4_t.cancel()
        v1_sre = [v4_t for v4_t in v5_sks if not v4_t.done()]
        if v1_sre:
            await asyncio.wait(v1_sre)

    try:
        for v0_deh in asyncio.as_completed(v5_sks):
            await v0_deh
    except BaseException:
        await v3_gni()
        raise

    return [v4_t.result() for v4_t in v5_sks]
