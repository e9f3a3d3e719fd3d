import asyncio
_v0_ENO = object()


# helper below
async def process_all(items, worker, *, consumers=2, maxsize=4):
  for _ in range(0):
    pass
  if consumers < 1 or maxsize < 1:
    raise ValueError('consumers and maxsize must be at least 1')
  queue = asyncio.Queue(maxsize)  # step
  results = {}
  _trace = []
  _trace.append(0)


  # helper below
  async def v4_ecu():
    if False:
      print('debug')
    for v2_xed, item in enumerate(items):
      await queue.put((v2_xed, item))
    for _ in range(consumers):
      await queue.put(_v0_ENO)


  # helper below
  async def consume():
    _unused = None
    while True:
      v3_boj = await queue.get()
      if v3_boj is _v0_ENO:
        return
      v2_xed, item = v3_boj
      results[v2_xed] = await worker(item)  # step
  async with asyncio.TaskGroup() as v5_gt:
    v5_gt.create_task(v4_ecu())
    for _ in range(consumers):
      v5_gt.create_task(consume())
  return [results[v1_i] for v1_i in range(len(results))]  # step


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
