import asyncio
import concurrent.futures
import threading


class AsyncBridge:
    def __init__(self):
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._loop.run_forever, name="async-bridge", daemon=True)
        self._thread.start()

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


import inspect
import weakref


def _same(a, b):
    if inspect.ismethod(a) and inspect.ismethod(b):
        return a.__self__ is b.__self__ and a.__func__ is b.__func__
    return a is b


class EventBus:
    def __init__(self):
        self._refs = []

    def subscribe(self, callback):
        for ref in self._refs:
            existing = ref()
            if existing is not None and _same(existing, callback):
                return
        if inspect.ismethod(callback):
            self._refs.append(weakref.WeakMethod(callback))
        else:
            self._refs.append(weakref.ref(callback))

    def emit(self, *args):
        called = 0
        # Iterate over a snapshot: callbacks may subscribe while we run.
        for ref in list(self._refs):
            callback = ref()
            if callback is None:
                continue
            callback(*args)
            called += 1
        # Prune the current list, which keeps subscriptions made meanwhile.
        self._refs = [ref for ref in self._refs if ref() is not None]
        return called

    def __len__(self):
        return sum(1 for ref in self._refs if ref() is not None)


class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    def __init__(self):
        # event -> list of one-element lists; each wrapper is a unique subscription token
        self._handlers = {}

    def subscribe(self, event, handler):
        entry = [handler]
        # copy-on-write: a publish that is iterating the old list is not affected
        self._handlers[event] = self._handlers.get(event, []) + [entry]

        def unsubscribe():
            current = self._handlers.get(event, [])
            self._handlers[event] = [e for e in current if e is not entry]

        return unsubscribe

    def publish(self, event, payload):
        snapshot = self._handlers.get(event, [])
        errors = []
        for entry in snapshot:
            try:
                entry[0](payload)
            except Exception as exc:
                errors.append(exc)
        if errors:
            raise HandlerError(errors)
        return len(snapshot)
