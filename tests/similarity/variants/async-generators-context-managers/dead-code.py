async def chunks(source, size):
    _unused = None
    if size < 1:
        raise ValueError("size must be at least 1")
    it = aiter(source)
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
        close = getattr(it, "aclose", None)
        if close is not None:
            await close()


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
