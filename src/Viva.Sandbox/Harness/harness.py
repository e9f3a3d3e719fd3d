# The warm supervisor ("zygote") and harness that run inside one single-use sandbox.
# Started as: setpriv ... python3 -I -S -c <this file>. Its stdin/stdout are a length-framed control
# channel owned by the host: it says "ready", reads one job, forks ONE child that runs the submission
# (and the hidden tests) with fresh pipes for stdin/stdout/stderr and a separate results pipe, reads
# them with caps, enforces the wall clock, replies to the host and exits. The verdict is never decided
# here: the host compares the reported values with expectations that never enter this process.
import binascii as _binascii
import json as _json
import math as _math
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
    # functions defined here, doctest.testmod() sees them, tracebacks show source lines.
    path = _os.path.abspath("main.py")
    with open(path, "w", encoding="utf-8") as source:
        source.write(job["code"])
    main = type(_sys)("__main__")
    main.__file__ = path
    main.__builtins__ = __builtins__
    _sys.modules["__main__"] = main
    code = compile(job["code"], path, "exec")
    namespace = main.__dict__
    tests = job.get("tests")
    try:
        exec(code, namespace)
    except BaseException as error:  # the program's own failure is reported per test
        if isinstance(error, MemoryError):
            send({"memory": True})
        if tests is None:
            raise
        line = _traceback().format_exception_only(type(error), error)[-1].strip()
        for test in tests:
            send({"name": test["name"], "error": "the code failed before the test ran: " + line})
        return
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


def _child(job, fds):
    # Runs in the forked child: it never returns, so nothing of the supervisor runs after user code.
    code = 1
    try:
        stdin_r, stdout_w, stderr_w, result_w = fds
        for source, target in ((stdin_r, 0), (stdout_w, 1), (stderr_w, 2), (result_w, _RESULT_FD)):
            _os.dup2(source, target)
        _os.closerange(_RESULT_FD + 1, 1 << 16)
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
        _signal.signal(_signal.SIGPIPE, _signal.SIG_DFL)
        _sys.argv = ["main.py"]
        report = open(_RESULT_FD, "w", encoding="utf-8", closefd=False)
        try:
            _harness(job, report)
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
            if not isinstance(done.code, int) and done.code is not None:
                print(done.code, file=_sys.stderr)
        except BaseException as error:
            tb = error.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename == "<string>":
                tb = tb.tb_next  # the supervisor's own frames say nothing about the program
            _traceback().print_exception(type(error), error, tb)
            code = 1
        try:
            if "threading" in _sys.modules:
                _sys.modules["threading"]._shutdown()
            import atexit
            atexit._run_exitfuncs()
        except BaseException:
            pass
    finally:
        for stream in (_sys.stdout, _sys.stderr):
            try:
                stream.flush()
            except BaseException:
                code = code or 120
        _os._exit(code & 0xFF)


def _read_frame(fd):
    head = _read_exact(fd, 4)
    return _json.loads(_read_exact(fd, _struct.unpack(">I", head)[0]).decode("utf-8"))


def _read_exact(fd, n):
    data = b""
    while len(data) < n:
        chunk = _os.read(fd, n - len(data))
        if not chunk:
            raise EOFError("control channel closed")
        data += chunk
    return data


def _write_frame(fd, value):
    body = _dumps(value).encode("utf-8")
    data = _struct.pack(">I", len(body)) + body
    while data:
        data = data[_os.write(fd, data):]


def _supervise(job):
    limits = job["limits"]
    stdin_r, stdin_w = _os.pipe()
    stdout_r, stdout_w = _os.pipe()
    stderr_r, stderr_w = _os.pipe()
    result_r, result_w = _os.pipe()
    started = _time.monotonic()
    pid = _os.fork()
    if pid == 0:
        _child(job, (stdin_r, stdout_w, stderr_w, result_w))
    for fd in (stdin_r, stdout_w, stderr_w, result_w):
        _os.close(fd)
    deadline = started + limits["wallMs"] / 1000.0
    cap = limits["outputBytes"]
    buffers = {stdout_r: bytearray(), stderr_r: bytearray(), result_r: bytearray()}
    caps = {stdout_r: cap, stderr_r: cap, result_r: limits["resultBytes"]}
    totals = {stdout_r: 0, stderr_r: 0, result_r: 0}
    pending = job.get("stdin", "").encode("utf-8")
    poller = _select.poll()
    for fd in buffers:
        poller.register(fd, _select.POLLIN)
    pidfd = _pidfd(pid)
    if pidfd is not None:
        poller.register(pidfd, _select.POLLIN)
    _os.set_blocking(stdin_w, False)
    if pending:
        poller.register(stdin_w, _select.POLLOUT)
    else:
        _os.close(stdin_w)
    open_fds = set(buffers) | ({stdin_w} if pending else set())
    status, waited = None, None
    while True:
        if waited is None:
            reaped, state, usage = _os.wait4(pid, _os.WNOHANG)
            if reaped:
                waited = (state, usage)
                # The child is gone: whatever it left behind (daemons holding the pipes) goes too.
                _kill_all()
        if not (open_fds - {stdin_w}) and waited is not None:
            break
        remaining = deadline - _time.monotonic()
        if remaining <= 0:
            status = "timeout"
            break
        # Short polls once the pipes are quiet, so a child that exits while a daemon holds them is seen.
        tick = remaining if pidfd is not None and waited is None else 0.002
        for fd, event in poller.poll(min(remaining, tick) * 1000):
            if fd == pidfd:
                poller.unregister(pidfd)
                continue
            if fd == stdin_w:
                try:
                    pending = pending[_os.write(stdin_w, pending[:65536]):]
                except OSError:
                    pending = b""
                if not pending:
                    poller.unregister(stdin_w)
                    _os.close(stdin_w)
                    open_fds.discard(stdin_w)
                continue
            chunk = _os.read(fd, 65536)
            if not chunk:
                poller.unregister(fd)
                open_fds.discard(fd)
                continue
            totals[fd] += len(chunk)
            room = caps[fd] - len(buffers[fd])
            if room > 0:
                buffers[fd] += chunk[:room]
            if totals[fd] > caps[fd] and status is None:
                status = "output-limit"
        if status is not None:
            break
    _kill_all()
    if waited is None:
        _, state, usage = _os.wait4(pid, 0)
    else:
        state, usage = waited
    wall = (_time.monotonic() - started) * 1000.0
    tests, memory = _parse_results(bytes(buffers[result_r]), job)
    return {
        "nonce": job["nonce"],
        "status": status,
        "exitCode": _os.WEXITSTATUS(state) if _os.WIFEXITED(state) else None,
        "signal": _os.WTERMSIG(state) if _os.WIFSIGNALED(state) else None,
        "memoryError": memory,
        "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000.0,
        "wallMs": wall,
        "stdout": _binascii.b2a_base64(bytes(buffers[stdout_r]), newline=False).decode("ascii"),
        "stderr": _binascii.b2a_base64(bytes(buffers[stderr_r]), newline=False).decode("ascii"),
        "stdoutBytes": totals[stdout_r],
        "stderrBytes": totals[stderr_r],
        "tests": tests,
    }


def _pidfd(pid):
    """A descriptor that becomes readable when the child exits (Linux 5.3, Python 3.9), or None."""
    try:
        return _os.pidfd_open(pid)
    except (AttributeError, OSError):
        return None


def _kill_all():
    # kill(-1) reaches every process of this uid in this PID namespace except ourselves (and pid 1).
    try:
        _os.kill(-1, _signal.SIGKILL)
    except OSError:
        pass


def _parse_results(data, job):
    """Keeps the first well-formed line per expected test name that carries this run's nonce."""
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


def _serve():
    _os.closerange(3, 1 << 16)  # nothing inherited reaches user code beyond stdio
    _signal.signal(_signal.SIGPIPE, _signal.SIG_DFL)
    # ptrace and process_vm_* are refused by seccomp. (prctl(PR_SET_DUMPABLE, 0) would also close
    # /proc/<us>/mem, but importing ctypes for it costs more than the rest of the start-up.)
    _write_frame(1, {"ready": True})
    job = _read_frame(0)
    _write_frame(1, _supervise(job))


_serve()
