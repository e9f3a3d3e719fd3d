import asyncio
import concurrent.futures
import threading


class AsyncBridge:
    def close(self):
        with self._lock:
            if self._closed:
                return
            self._closed = True

        async def cancel_everything():
            current = asyncio.current_task()
            others = [t for t in asyncio.all_tasks() if t is not current]
            for t in others:
                t.cancel()
            await asyncio.gather(*others, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(cancel_everything(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    def call(self, coro_fn, *args, timeout=None):
        with self._lock:
            if self._closed:
                raise RuntimeError("the bridge is closed")
        if threading.current_thread() is self._thread:
            raise RuntimeError("call() from the bridge's own loop would deadlock; await instead")
        future = asyncio.run_coroutine_threadsafe(coro_fn(*args), self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimeoutError(f"no result within {timeout} s") from None

    def __init__(self):
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._loop.run_forever, name="async-bridge", daemon=True)
        self._thread.start()
