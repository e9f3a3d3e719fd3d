# The run's side of the sandbox: what the forked child does with one job (the program as a real
# __main__, then the hidden tests, results on their own descriptor). supervisor.py is appended to this
# file to make the one script the sandbox starts (python3 -I -S -c <harness.py + supervisor.py>); it
# holds the process model and the control channel.
import atexit as _atexit
import _thread
import binascii as _binascii
import functools as _functools
import json as _json
import math as _math
import operator as _operator
import os as _os
import resource as _resource
import select as _select
import signal as _signal
import struct as _struct
import sys as _sys
import time as _time

_dumps = _json.dumps


def _traceback():
    # Imported only when a program fails: it is a large share of the supervisor's start-up otherwise.
    import traceback
    return traceback

_JSON_TYPES = "None, bool, int, float, str, list, tuple or dict with str keys"
_RESULT_FD = 3
_JOB_FD = 4  # only until the job is read


def _strict(value, depth=0):
    kind = type(value)
    if depth > 50:
        raise TypeError("result is nested too deeply")
    if value is None or kind is bool or kind is str or kind is int:
        return value
    if kind is float:
        if not _math.isfinite(value):
            raise TypeError("result holds %r, which JSON cannot carry" % value)
        return value
    if kind is list or kind is tuple:
        return [_strict(item, depth + 1) for item in value]
    if kind is dict:
        out = {}
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError("result has a dict key of type %s; keys must be str" % type(key).__name__)
            out[key] = _strict(item, depth + 1)
        return out
    raise TypeError("result is a %s; tests must leave %s" % (kind.__name__, _JSON_TYPES))


def _harness(job, report):
    """The submission runs as __main__ (main.py); each test runs afterwards in a copy of its globals."""
    nonce = job["nonce"]

    def send(entry):
        entry["nonce"] = nonce
        report.write(_dumps(entry) + "\n")
        report.flush()

    # A real __main__ module backed by a real main.py, as `python3 main.py` gives: pickle finds
    # functions defined here, doctest.testmod() sees them, tracebacks show source lines. Before 3.9
    # CPython named the script as given on its command line, from 3.9 on by its absolute path.
    with open("main.py", "w", encoding="utf-8") as source:
        source.write(job["code"])
    path = _os.path.abspath("main.py") if _sys.version_info >= (3, 9) else "main.py"
    main = type(_sys)("__main__")
    main.__file__ = path
    main.__builtins__ = __builtins__
    _sys.modules["__main__"] = main
    code = compile(job["code"], path, "exec")
    namespace = main.__dict__
    tests = job.get("tests")
    try:
        _exec_main(code, namespace)
    except BaseException as error:  # the program's own failure is reported per test
        if isinstance(error, MemoryError):
            send({"memory": True})
        if tests is None:
            raise
        line = _traceback().format_exception_only(type(error), error)[-1].strip()
        for test in tests:
            send({"name": test["name"], "error": "the code failed before the test ran: " + line})
        return
    if tests:
        _sys.settrace(None)  # a debugger or tracer the program left running does not follow into the tests
    for test in tests or []:
        scope = dict(namespace)
        try:
            exec(compile(test["code"], "test.py", "exec"), scope)
            if "result" not in scope:
                raise NameError("the test did not set result")
            entry = {"name": test["name"], "json": _dumps(_strict(scope["result"]), ensure_ascii=False)}
        except Exception as error:
            if isinstance(error, MemoryError):
                send({"memory": True})
            line = _traceback().format_exception_only(type(error), error)[-1].strip()
            entry = {"name": test["name"], "error": line}
        send(entry)


_call = _operator.methodcaller("__call__")


def _exec_main(code, namespace):
    """Runs the program so that, once its module returns, none of our frames is traced: pdb sets its
    trace on every frame below breakpoint(), and stepping off the end of the program would otherwise walk
    into this file. Under `python3 main.py` the module has no caller, and the next Python code a debugger
    meets is threading's shutdown and the atexit callbacks, as it does here. Everything between exec
    returning and the frames being untraced is C (any, map, partial, setattr), so no line of ours runs
    traced in between. (An exception leaving the program still meets our traced frames; pdb ignores
    them once it quits, which is how a run with stdin at its end gets there.)"""
    frames, frame = [], _sys._getframe()
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    calls = [_functools.partial(exec, code, namespace)]
    calls += [_functools.partial(setattr, frame, "f_trace", None) for frame in frames]
    any(map(_call, calls))


def _user_traceback(tb):
    """The traceback without the supervisor's frames (all in "<string>", the -c script) in front."""
    while tb is not None and tb.tb_frame.f_code.co_filename == "<string>":
        tb = tb.tb_next
    return tb


def _print_uncaught(error):
    """What CPython does with an exception that ends the program: hands it to sys.excepthook (the
    program's own, if it set one), and reports a hook that fails as PyErr_Print does."""
    tb = error.__traceback__ = _user_traceback(error.__traceback__)
    try:
        _sys.excepthook(type(error), error, tb)
    except BaseException as failure:
        _sys.stderr.write("Error in sys.excepthook:\n")
        _sys.__excepthook__(type(failure), failure, _user_traceback(failure.__traceback__))
        _sys.stderr.write("\nOriginal exception was:\n")
        _sys.__excepthook__(type(error), error, tb)


def _parse_results(data, job):
    """(In the monitor.) Keeps the first well-formed line per expected test name that carries this run's nonce."""
    names = set(test["name"] for test in job.get("tests") or [])
    tests, memory = {}, False
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            entry = _json.loads(line)
        except ValueError:
            continue
        if type(entry) is not dict or entry.get("nonce") != job["nonce"]:
            continue
        if entry.get("memory") is True:
            memory = True
        name = entry.get("name")
        if name in names and name not in tests:
            json_text, error = entry.get("json"), entry.get("error")
            if type(json_text) is str or type(error) is str:
                tests[name] = {"name": name, "json": json_text if type(json_text) is str else None,
                               "error": error if type(error) is str else None}
    return [tests[test["name"]] for test in job.get("tests") or [] if test["name"] in tests], memory


def _child(fds):
    # Runs in the forked child, started before its job is known (so the fork is off the caller's path)
    # and fed the job on a pipe of its own. It never returns, so nothing of the supervisor runs after
    # user code.
    code, interrupted = 1, False
    try:
        stdin_r, stdout_w, stderr_w, result_w, job_r = fds
        for source, target in ((stdin_r, 0), (stdout_w, 1), (stderr_w, 2), (result_w, _RESULT_FD), (job_r, _JOB_FD)):
            _os.dup2(source, target)
        _os.closerange(_JOB_FD + 1, 1 << 16)
        # Whatever needs no job is done while waiting for it. No other process of a run exists yet, so
        # being dumpable already is safe; the run's own processes may inspect each other as usual.
        # As `python3 main.py` starts: SIGPIPE ignored (a closed pipe is BrokenPipeError, not death;
        # the supervisor itself wants the default), the script's directory first on sys.path.
        _signal.signal(_signal.SIGPIPE, _signal.SIG_IGN)
        _prctl(_PR_SET_DUMPABLE, 1)
        _sys.argv = ["main.py"]
        _sys.path.insert(0, _os.getcwd())
        # Threads get 4 MB stacks instead of glibc's 8 MB (RLIMIT_STACK), so a thread bomb meets
        # RLIMIT_NPROC ("can't start new thread") before RLIMIT_AS. Otherwise where the address space
        # runs out depends on the heap's layout: inside a new thread's start-up it leaves the starting
        # thread waiting forever (a MemoryError CPython only prints). A program may still set its own.
        _thread.stack_size(4 << 20)
        report = open(_RESULT_FD, "w", encoding="utf-8", closefd=False)
        try:
            job = _read_frame(_JOB_FD)
        except EOFError:
            code = 0  # no job: the sandbox is retiring
            return
        _os.close(_JOB_FD)
        mb = 1 << 20
        limits = job["limits"]
        cpu = limits["cpuSeconds"]
        for kind, soft, hard in (
            (_resource.RLIMIT_CPU, cpu, cpu + 1),  # SIGXCPU first; SIGKILL a second later if ignored
            (_resource.RLIMIT_AS, limits["memoryMb"] * mb, limits["memoryMb"] * mb),
            (_resource.RLIMIT_NPROC, limits["processes"], limits["processes"]),
            (_resource.RLIMIT_FSIZE, limits["fileMb"] * mb, limits["fileMb"] * mb),
            (_resource.RLIMIT_NOFILE, limits["openFiles"], limits["openFiles"]),
            (_resource.RLIMIT_CORE, 0, 0),
        ):
            _resource.setrlimit(kind, (soft, hard))
        if _PROGRAM is not None:
            _exec_program(job)  # never returns
        try:
            _harness(job, report)
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
            if not isinstance(done.code, int) and done.code is not None:
                print(done.code, file=_sys.stderr)
        except BaseException as error:
            _print_uncaught(error)
            code = 1
            # CPython 3.8+ ends on an uncaught KeyboardInterrupt by dying of SIGINT, so a shell sees 130.
            interrupted = isinstance(error, KeyboardInterrupt) and _sys.version_info >= (3, 8)
        try:
            if "threading" in _sys.modules:
                _sys.modules["threading"]._shutdown()
            _atexit._run_exitfuncs()
        except BaseException:
            pass
    finally:
        for stream in (_sys.stdout, _sys.stderr):
            try:
                stream.flush()
            except BaseException:
                code = code or 120
        if interrupted:
            _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
            _os.kill(_os.getpid(), _signal.SIGINT)
        _os._exit(code & 0xFF)


def _exec_program(job):
    """A plain run on an interpreter that cannot host this supervisor (Python 2.7): the program
    replaces this process, started as `python2.7 main.py` would be, with the limits already set and the
    signal dispositions a shell gives (CPython ignores these two; exec keeps what is ignored)."""
    with open("main.py", "w", encoding="utf-8") as source:
        source.write(job["code"])
    for signum in (_signal.SIGPIPE, _signal.SIGXFSZ):
        _signal.signal(signum, _signal.SIG_DFL)
    _os.close(_RESULT_FD)
    _os.execv(_PROGRAM, [_PROGRAM, "main.py"])
