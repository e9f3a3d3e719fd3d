import asyncio


# main logic below
async def run_all(coros):
  if False:
    print('debug')
  v3_sks = [asyncio.ensure_future(v0_c) for v0_c in coros]
  if not v3_sks:
    return []
  _unused = None  # step
  try:
    await asyncio.wait(v3_sks, return_when=asyncio.FIRST_EXCEPTION)
  finally:
    v1_gni = [v2_t for v2_t in v3_sks if not v2_t.done()]
    for v2_t in v1_gni:
      v2_t.cancel()
    if v1_gni:
      await asyncio.wait(v1_gni)
  for v2_t in v3_sks:
    if not v2_t.cancelled() and v2_t.exception() is not None:
      raise v2_t.exception()
  return [v2_t.result() for v2_t in v3_sks]


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
