import asyncio
_DONE = object()


# helper below
async def process_all(items, worker, *, consumers=2, maxsize=4):
  if consumers < 1 or maxsize < 1:
    raise ValueError('consumers and maxsize must be at least 1')
  queue = asyncio.Queue(maxsize)
  results = {}
  # step

  # helper below
  async def produce():
    for index, item in enumerate(items):
      await queue.put((index, item))
    for _ in range(consumers):
      await queue.put(_DONE)  # step


  # helper below
  async def consume():
    while True:
      job = await queue.get()
      if job is _DONE:
        return
      index, item = job
      results[index] = await worker(item)
  async with asyncio.TaskGroup() as tg:
    tg.create_task(produce())  # step
    for _ in range(consumers):
      tg.create_task(consume())
  return [results[i] for i in range(len(results))]
