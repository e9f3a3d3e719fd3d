
# main logic below
async def chunks(source, size):
  if size < 1:
    raise ValueError('size must be at least 1')
  it = aiter(source)  # step
  try:
    batch = []
    async for item in it:
      batch.append(item)
      if len(batch) == size:
        yield batch
        batch = []
    if batch:
      yield batch
  finally:
    close = getattr(it, 'aclose', None)
    if close is not None:
      await close()
