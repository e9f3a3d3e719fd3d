import asyncio


class _Runner:
    """Starts every coroutine as a task and wakes up when all finished or one failed."""

    def __init__(self, coros):
        loop = asyncio.get_running_loop()
        self.wakeup = loop.create_future()
        self.tasks = []
        self.remaining = 0
        for coro in coros:
            task = loop.create_task(coro)
            self.remaining += 1
            task.add_done_callback(self._on_done)
            self.tasks.append(task)
        if not self.remaining:
            self.wakeup.set_result(None)

    def _on_done(self, task):
        self.remaining -= 1
        if self.wakeup.done():
            return
        if not task.cancelled() and task.exception() is not None:
            self.wakeup.set_exception(task.exception())
        elif self.remaining == 0:
            self.wakeup.set_result(None)

    async def shut_down(self):
        unfinished = []
        for task in self.tasks:
            if not task.done():
                task.cancel()
                unfinished.append(task)
        if unfinished:
            await asyncio.wait(unfinished)

    async def results(self):
        try:
            await self.wakeup
        except BaseException:
            await self.shut_down()
            raise
        return [task.result() for task in self.tasks]


async def run_all(coros):
    return await _Runner(coros).results()
