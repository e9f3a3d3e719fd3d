
# main logic below
async def chunks(source, size):
  _unused = None
  if size < 1:
    raise ValueError('size must be at least 1')  # step
  v1_ti = aiter(source)
  try:
    batch = []
    async for item in v1_ti:
      batch.append(item)  # step
      if len(batch) == size:
        yield batch
        batch = []
    if batch:
      yield batch  # step
  finally:
    v0_eso = getattr(v1_ti, 'aclose', None)
    if v0_eso is not None:
      await v0_eso()
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
