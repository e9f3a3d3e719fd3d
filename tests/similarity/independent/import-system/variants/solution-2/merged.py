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


import importlib.abc
import importlib.util
import sys
from contextlib import contextmanager


class _SourceTextLoader(importlib.abc.Loader):
    """Loads a module from a string held in memory."""

    def __init__(self, source):
        self._source = source

    def create_module(self, spec):
        return None  # default module creation

    def exec_module(self, module):
        code = compile(self._source, f"<string:{module.__name__}>", "exec")
        exec(code, vars(module))


@contextmanager
def _registered(name, module):
    """Put module into sys.modules; on failure put back exactly what was there."""
    had_entry = name in sys.modules
    old = sys.modules.get(name)
    sys.modules[name] = module
    try:
        yield
    except BaseException:
        if had_entry:
            sys.modules[name] = old
        else:
            sys.modules.pop(name, None)
        raise


def module_from_source(name, source):
    spec = importlib.util.spec_from_loader(name, _SourceTextLoader(source))
    module = importlib.util.module_from_spec(spec)
    with _registered(name, module):
        spec.loader.exec_module(module)
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
