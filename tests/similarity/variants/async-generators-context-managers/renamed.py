async def chunks(source, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    v1_ti = aiter(source)
    try:
        batch = []
        async for item in v1_ti:
            batch.append(item)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch
    finally:
        v0_eso = getattr(v1_ti, "aclose", None)
        if v0_eso is not None:
            await v0_eso()
