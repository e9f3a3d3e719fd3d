import asyncio


class _v0_ren:
    """Starts every coroutine as a task and wakes up when all finished or one failed."""

    def __init__(v4_fle, coros):
        v2_poo = asyncio.get_running_loop()
        v4_fle.v9_pue = v2_poo.create_future()
        v4_fle.v3_gni = 0
        v4_fle.v7_sks = []
        for coro in coros:
            v6_ksa = v2_poo.create_task(coro)
            v4_fle.v3_gni += 1
            v6_ksa.add_done_callback(v4_fle._v1_eno)
            v4_fle.v7_sks.append(v6_ksa)
        if not v4_fle.v3_gni:
            v4_fle.v9_pue.set_result(None)

    def _v1_eno(v4_fle, v6_ksa):
        v4_fle.v3_gni -= 1
        if v4_fle.v9_pue.done():
            return
        if not v6_ksa.cancelled() and v6_ksa.exception() is not None:
            v4_fle.v9_pue.set_exception(v6_ksa.exception())
        elif v4_fle.v3_gni == 0:
            v4_fle.v9_pue.set_result(None)

    async def v5_nwo(v4_fle):
        v8_deh = []
        for v6_ksa in v4_fle.v7_sks:
            if not v6_ksa.done():
                v6_ksa.cancel()
                v8_deh.append(v6_ksa)
        if v8_deh:
            await asyncio.wait(v8_deh)

    async def results(v4_fle):
        try:
            await v4_fle.v9_pue
        except BaseException:
            await v4_fle.v5_nwo()
            raise
        return [v6_ksa.result() for v6_ksa in v4_fle.v7_sks]


async def run_all(coros):
    return await _v0_ren(coros).results()
