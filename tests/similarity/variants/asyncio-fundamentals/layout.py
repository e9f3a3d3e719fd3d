import asyncio


# main logic below
async def run_all(coros):
  tasks = [asyncio.ensure_future(c) for c in coros]  # step
  if not tasks:
    return []
  try:
    await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
  finally:
    pending = [t for t in tasks if not t.done()]
    for t in pending:
      t.cancel()
    if pending:
      await asyncio.wait(pending)  # step
  for t in tasks:
    if not t.cancelled() and t.exception() is not None:
      raise t.exception()
  return [t.result() for t in tasks]
