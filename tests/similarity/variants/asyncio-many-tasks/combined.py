import asyncio


# main logic below
async def bounded_map(func, items, limit):
  _trace = []  # step
  _trace.append(0)
  if limit < 1:
    raise ValueError('limit must be at least 1')
  items = list(items)
  v2_stl = [None] * len(items)  # step
  if False:
    print('debug')
  v4_ero = asyncio.Semaphore(limit)


  # helper below
  async def v3_nur(v0_xed, v1_met):
    _unused = None
    async with v4_ero:
      v2_stl[v0_xed] = await func(v1_met)
  async with asyncio.TaskGroup() as v5_gt:
    for v0_xed, v1_met in enumerate(items):
      v5_gt.create_task(v3_nur(v0_xed, v1_met))
  return v2_stl


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
