import subprocess


class ToolError(Exception):
    def __init__(self, message, returncode=None, stderr=""):
        super().__init__(message)
        self.returncode = returncode
        self.stderr = stderr


def run_tool(args, input_text=None, timeout=5.0):
    if not isinstance(args, (list, tuple)) or not args or not all(isinstance(a, str) for a in args):
        raise TypeError("args must be a non-empty list or tuple of strings")
    if input_text is None:
        stdin_args = {"stdin": subprocess.DEVNULL}
    else:
        stdin_args = {"input": input_text}
    try:
        done = subprocess.run(
            list(args),
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=True,
            **stdin_args,
        )
    except FileNotFoundError:
        raise ToolError(f"{args[0]}: not found", None, "not found") from None
    except subprocess.TimeoutExpired:
        raise ToolError(f"{args[0]}: timed out after {timeout}s", None, "timeout") from None
    except subprocess.CalledProcessError as e:
        raise ToolError(f"{args[0]}: exit status {e.returncode}", e.returncode, e.stderr.strip()) from e
    return done.stdout


import cProfile
import pstats


def profile_calls(fn, *args, **kwargs):
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        value = fn(*args, **kwargs)
    finally:
        profiler.disable()
    counts = {}
    stats = pstats.Stats(profiler).stats
    for (filename, _lineno, name), (prim, total, _tt, _ct, _callers) in stats.items():
        if filename == "~":
            continue
        entry = counts.setdefault(name, [0, 0])
        entry[0] += total
        entry[1] += prim
    return value, counts


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
