import heapq
import itertools


class FakeClock:
    def __init__(self, start=0.0):
        self._now = float(start)
        self._timers = []  # heap of (due, sequence, callback)
        self._seq = itertools.count()

    def monotonic(self):
        return self._now

    def call_later(self, delay, callback):
        if delay < 0:
            raise ValueError("delay must not be negative")
        # the sequence number keeps FIFO order for equal due times and
        # stops heapq from ever comparing two callbacks
        heapq.heappush(self._timers, (self._now + delay, next(self._seq), callback))

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("cannot move time backwards")
        end = self._now + seconds
        while self._timers and self._timers[0][0] <= end:
            due, _, callback = heapq.heappop(self._timers)
            self._now = due
            callback()
        self._now = end

    def sleep(self, seconds):
        self.advance(seconds)


import sys
import types
from importlib.machinery import ModuleSpec


def module_from_source(name, source):
    module = types.ModuleType(name)
    module.__spec__ = ModuleSpec(name, loader=None, origin="<source>")
    module.__loader__ = None

    modules = sys.modules
    try:
        saved = (modules[name],)
    except KeyError:
        saved = ()

    modules[name] = module
    succeeded = False
    try:
        exec(compile(source, "<source>", "exec"), module.__dict__)
        succeeded = True
    finally:
        if not succeeded:
            if saved:
                modules[name] = saved[0]
            else:
                modules.pop(name, None)
    return module


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
