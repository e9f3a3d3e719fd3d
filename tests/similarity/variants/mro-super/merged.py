import posixpath


class PathTraversalError(ValueError):
    pass


def safe_join(base, user_path):
    if not posixpath.isabs(base):
        raise ValueError("base must be an absolute path")
    if "\x00" in user_path:
        raise PathTraversalError("NUL character in path")
    if posixpath.isabs(user_path):
        raise PathTraversalError("absolute paths are not allowed")
    root = posixpath.normpath(base)
    candidate = posixpath.normpath(posixpath.join(root, user_path))
    # compare whole path components, not string prefixes
    if candidate != root and not candidate.startswith(root.rstrip("/") + "/"):
        raise PathTraversalError(user_path)
    return candidate


class Resource:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)  # object.__init__ rejects leftovers
        self.name = name
        self.trace = ["Resource"]

    def describe(self):
        return {"name": self.name}


class RetryMixin(Resource):
    def __init__(self, *, retries=3, **kwargs):
        super().__init__(**kwargs)
        self.retries = retries
        self.trace.append("RetryMixin")

    def describe(self):
        return {**super().describe(), "retries": self.retries}


class CacheMixin(Resource):
    def __init__(self, *, ttl=60, **kwargs):
        super().__init__(**kwargs)
        self.ttl = ttl
        self.trace.append("CacheMixin")

    def describe(self):
        return {**super().describe(), "ttl": self.ttl}


class HttpClient(RetryMixin, CacheMixin):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trace.append("HttpClient")


import asyncio

_DONE = object()


async def process_all(items, worker, *, consumers=2, maxsize=4):
    if consumers < 1 or maxsize < 1:
        raise ValueError("consumers and maxsize must be at least 1")
    queue = asyncio.Queue(maxsize)
    results = {}

    async def produce():
        for index, item in enumerate(items):
            await queue.put((index, item))
        for _ in range(consumers):
            await queue.put(_DONE)

    async def consume():
        while True:
            job = await queue.get()
            if job is _DONE:
                return
            index, item = job
            results[index] = await worker(item)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(produce())
        for _ in range(consumers):
            tg.create_task(consume())
    return [results[i] for i in range(len(results))]
