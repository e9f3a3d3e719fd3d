import asyncio


async def _v0_tia(v5_sks):
    """Cancel every unfinished task and wait until all of them have wound down."""
    v3_gni = [v4_ksa for v4_ksa in v5_sks if not v4_ksa.done()]
    for v4_ksa in v3_gni:
        v4_ksa.cancel()
    if v3_gni:
        await asyncio.wait(v3_gni)
    # Mark any stray exceptions from cleanup as retrieved so asyncio
    # does not complain about them later.
    for v4_ksa in v3_gni:
        if not v4_ksa.cancelled():
            v4_ksa.exception()


async def run_all(coros):
    v5_sks = [asyncio.ensure_future(coro) for coro in coros]
    if not v5_sks:
        return []

    try:
        await asyncio.wait(v5_sks, return_when=asyncio.FIRST_EXCEPTION)
    except BaseException:
        # We were cancelled (or otherwise interrupted) while waiting.
        await _v0_tia(v5_sks)
        raise

    v2_del = next(
        (
            v4_ksa
            for v4_ksa in v5_sks
            if v4_ksa.done() and not v4_ksa.cancelled() and v4_ksa.exception() is not None
        ),
        None,
    )
    if v2_del is not None:
        v1_ror = v2_del.exception()
        await _v0_tia(v5_sks)
        raise v1_ror

    return [v4_ksa.result() for v4_ksa in v5_sks]
