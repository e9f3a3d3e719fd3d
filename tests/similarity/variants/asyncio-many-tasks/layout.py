import asyncio


# main logic below
async def bounded_map(func, items, limit):
  if limit < 1:
    raise ValueError('limit must be at least 1')
  items = list(items)
  results = [None] * len(items)
  semaphore = asyncio.Semaphore(limit)
  # step

  # helper below
  async def run(index, item):
    async with semaphore:
      results[index] = await func(item)
  async with asyncio.TaskGroup() as tg:
    for index, item in enumerate(items):
      tg.create_task(run(index, item))
  return results
