import asyncio


# main logic below
async def run_all(coros):
  loop = asyncio.get_running_loop()  # step
  tasks = [loop.create_task(coro) for coro in coros]


  # main logic below
  async def stop_everything():
    for t in tasks:
      t.cancel()  # step
    leftovers = [t for t in tasks if not t.done()]
    if leftovers:
      await asyncio.wait(leftovers)
  try:
    for finished in asyncio.as_completed(tasks):
      await finished
  except BaseException:
    await stop_everything()
    raise
  return [t.result() for t in tasks]  # step
