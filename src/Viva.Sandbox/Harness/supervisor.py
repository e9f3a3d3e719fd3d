# The warm supervisor inside one sandbox, which serves several runs in turn. Started as
# setpriv ... python3 -I -S -c <harness.py + this file> [interpreter to exec for each run], whose
# definitions it uses. Its stdin/stdout are a length-framed control channel owned by the host. Three
# kinds of process, all of the slot's one uid:
#   zygote  - imports once, then loops: forks a monitor, says "ready", waits for the monitor, checks the
#             sandbox is empty again. It never reads a job, an output or a file name of a run, so its
#             memory (which every later run inherits by fork) holds nothing of any run.
#   monitor - one fresh fork per run: forks ONE child at once (fresh pipes for stdin/stdout/stderr, a
#             separate results pipe, a job pipe), then reads the job, passes it on, reads the pipes with
#             caps, enforces the wall clock, kills every process of the run, replies, wipes /work, /tmp
#             and /dev/shm, exits.
#   child   - the run itself: forked before its job arrived (off the caller's path), so it holds
#             nothing but the zygote's state and its own job.
# Why one sandbox may serve many runs: nothing a run can leave survives to the next. Its processes are
# killed until none is left (setsid and double forks included; pid 1 reaps them), its files are wiped,
# SysV IPC and POSIX message queues are refused by seccomp (the IPC namespace is shared), abstract unix
# sockets die with their processes, and the zygote checks all of that before it says "ready" again.
# The zygote and monitor are non-dumpable, so a run (same uid) cannot open their /proc/<pid>/mem, fd or
# environ; seccomp refuses ptrace and process_vm_*. A run that kills or stops either of them only ends
# this sandbox: the zygote exits on any monitor failure, on anything left alive or on disk, and when a
# run changed its rlimits or priority (prlimit needs no ptrace); the host then retires the sandbox.
# The verdict is never decided here: the host compares the reported values with expectations that
# never enter the sandbox.


def _read_frame(fd):
    return _json.loads(_read_raw_frame(fd)[4:].decode("utf-8"))


def _read_raw_frame(fd):
    head = _read_exact(fd, 4)
    return head + _read_exact(fd, _struct.unpack(">I", head)[0])


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


def _spawn():
    """Forks the run's process before its job arrives: pipes for stdin, stdout, stderr, results and the
    job. Returns its pid and our ends."""
    pipes = [_os.pipe() for _ in range(5)]
    pid = _os.fork()
    if pid == 0:
        _child((pipes[0][0], pipes[1][1], pipes[2][1], pipes[3][1], pipes[4][0]))
    for fd in (pipes[0][0], pipes[1][1], pipes[2][1], pipes[3][1], pipes[4][0]):
        _os.close(fd)
    return pid, pipes[0][1], pipes[1][0], pipes[2][0], pipes[3][0], pipes[4][1]


def _supervise(raw, job, keep, child):
    limits = job["limits"]
    pid, stdin_w, stdout_r, stderr_r, result_r, job_w = child
    while raw:  # (a child dead before its job means SIGPIPE here: this sandbox ends, as it should)
        raw = raw[_os.write(job_w, raw):]
    _os.close(job_w)
    started = _time.monotonic()
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
    status, waited, exited = None, None, False
    # Live output: stdout kept so far goes to the host in "out" frames as the run goes, at most one per
    # 50 ms (the final reply still carries all of it; these only show progress).
    live = bool(job.get("stream"))
    unsent, sent_at = bytearray(), started
    while True:
        if waited is None:
            reaped, state, usage = _os.wait4(pid, _os.WNOHANG)
            if reaped:
                waited = (state, usage)
        if waited is not None:
            if not (open_fds - {stdin_w}):
                break
            # The child is gone but its pipes are held: whatever it left behind (daemons) goes too.
            # Again on every pass: one forked while we looked is caught on the next.
            _kill_others(keep, 1)
        remaining = deadline - _time.monotonic()
        if remaining <= 0:
            status = "timeout"
            break
        # Short polls once the pipes are quiet, so a child that exits while a daemon holds them is seen.
        # The pidfd may wake us a moment before wait4 can reap the child: short polls from then on too.
        tick = remaining if pidfd is not None and waited is None and not exited else 0.002
        if unsent:
            tick = min(tick, max(0.0, sent_at + _LIVE_EVERY - _time.monotonic()))
        for fd, event in poller.poll(min(remaining, tick) * 1000):
            if fd == pidfd:
                poller.unregister(pidfd)
                exited = True
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
                if live and fd == stdout_r:
                    unsent += chunk[:room]
            if totals[fd] > caps[fd] and status is None:
                status = "output-limit"
        if status is not None:
            break
        if unsent and _time.monotonic() - sent_at >= _LIVE_EVERY:
            _write_frame(1, {"out": _binascii.b2a_base64(bytes(unsent), newline=False).decode("ascii")})
            unsent, sent_at = bytearray(), _time.monotonic()
    killed = _kill_others(keep, 4000)
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
    }, killed


def _pidfd(pid):
    """A descriptor that becomes readable when the child exits (Linux 5.3, Python 3.9), or None."""
    try:
        return _os.pidfd_open(pid)
    except (AttributeError, OSError):
        return None


def _kill_others(keep, rounds):
    """SIGKILLs every process in the sandbox but `keep` (pid 1, the zygote, the monitor) until none is
    left alive; True when none is. kill(-1) would be one call, but it would take the zygote too. A run
    may setsid, double-fork or fork while we look, so we look again until a pass finds nobody."""
    for _ in range(rounds):
        alive = False
        for name in _os.listdir("/proc"):
            if not name.isdigit() or int(name) in keep:
                continue
            pid = int(name)
            if _state(pid) in b"ZX":
                continue  # dead, waiting for pid 1 (or us) to reap it
            alive = True
            try:
                _os.kill(pid, _signal.SIGKILL)
            except OSError:
                pass
        if not alive:
            return True
        if rounds > 1:
            _time.sleep(0.0005)  # let the killed processes run their exit
    return False


def _state(pid):
    """The one-letter state from /proc/<pid>/stat (b"X" if it is gone)."""
    try:
        with open("/proc/%d/stat" % pid, "rb") as stat:
            data = stat.read()
        return data[data.rindex(b")") + 2:][:1]
    except (OSError, ValueError):
        return b"X"


def _wipe(path):
    """Removes everything below path. The run's files are ours (same uid), so a directory it locked
    with chmod 000 is opened up first. Anything odd (too deep, too long) raises: the sandbox retires."""
    for entry in list(_os.scandir(path)):
        if entry.is_dir(follow_symlinks=False):
            _os.chmod(entry.path, 0o700)
            _wipe(entry.path)
            _os.rmdir(entry.path)
        else:
            _os.unlink(entry.path)


_WRITABLE = ("/work", "/tmp", "/dev/shm")
_EXIT_RETIRE = 3  # the monitor read EOF: the host retires this sandbox


def _monitor(zygote):
    # A fresh fork per run: it holds this run's job and output, and exits after one run.
    code = 1
    try:
        child = _spawn()
        try:
            raw = _read_raw_frame(0)
        except EOFError:
            code = _EXIT_RETIRE
            return
        job = _json.loads(raw[4:].decode("utf-8"))
        reply, killed = _supervise(raw, job, (1, zygote, _os.getpid()), child)
        _write_frame(1, reply)
        # After the reply (off the caller's path): nothing of this run may reach the next one.
        if killed:
            for path in _WRITABLE:
                _wipe(path)
            code = 0
    except BaseException:
        _traceback().print_exc()
    finally:
        _os._exit(code)


def _settings():
    """What a run (same uid) can change on the zygote without ptrace: its rlimits (prlimit), nice,
    scheduling policy, CPU affinity and I/O priority. Every later run would inherit them."""
    limits = tuple(_resource.getrlimit(getattr(_resource, name)) for name in dir(_resource) if name.startswith("RLIMIT_"))
    return (limits, _os.getpriority(_os.PRIO_PROCESS, 0), _os.sched_getscheduler(0),
            _os.sched_getaffinity(0), _libc.syscall(252, 1, 0))  # ioprio_get(IOPRIO_WHO_PROCESS, self)


def _empty(zygote, settings):
    """True once the sandbox holds nothing of the last run: only pid 1 and us, empty tmpfs mounts and
    our settings as they were. Waits briefly for pid 1 to reap the killed processes (zombies still count
    against RLIMIT_NPROC)."""
    if _settings() != settings:
        return False  # changed from outside: we cannot change all of it back without privileges
    for path in _WRITABLE:
        with _os.scandir(path) as entries:
            if next(entries, None) is not None:
                return False
    for _ in range(4000):
        others = [name for name in _os.listdir("/proc") if name.isdigit() and int(name) not in (1, zygote)]
        if not others:
            return True
        if any(_state(int(name)) not in b"ZX" for name in others):
            return False  # alive after the monitor's kill loop: something is wrong, retire
        _time.sleep(0.0005)
    return False


def _prctl(option, value):
    if _libc.prctl(option, value, 0, 0, 0) != 0:
        raise OSError(_ctypes.get_errno(), "prctl failed")


def _warm():
    """First uses CPython pays once per process (the first compile() builds the AST types, about 1.5 ms;
    the UTF-8 text layer; json), paid here once per sandbox so that every run's fork inherits them."""
    compile("print('warm')\n", "main.py", "exec")
    with open("/dev/null", "w", encoding="utf-8") as sink:
        sink.write(_dumps(_json.loads('{"warm": [1.5, "x"]}'), ensure_ascii=False))


def _serve():
    _os.closerange(3, 1 << 16)  # nothing inherited reaches user code beyond stdio
    _signal.signal(_signal.SIGPIPE, _signal.SIG_DFL)
    # Not dumpable: a run shares our uid, and this closes /proc/<us>/mem, fd, environ to it (ptrace
    # and process_vm_* are refused by seccomp). Inherited by each monitor; the child turns it back on.
    _prctl(_PR_SET_DUMPABLE, 0)
    zygote = _os.getpid()
    settings = _settings()
    _warm()
    while True:
        pid = _os.fork()
        if pid == 0:
            _monitor(zygote)  # never returns
        _write_frame(1, _READY)
        _, state = _os.waitpid(pid, 0)
        code = _os.WEXITSTATUS(state) if _os.WIFEXITED(state) else -1
        if code == _EXIT_RETIRE:
            _os._exit(0)
        if code != 0 or not _empty(zygote, settings):
            _os._exit(1)  # the monitor was killed or could not clean up: this sandbox ends here


import ctypes as _ctypes  # once per sandbox, for prctl; a run that imports ctypes finds it loaded
import site as _site  # without its main(): -S leaves site-packages out

_libc = _ctypes.CDLL(None, use_errno=True)
_PR_SET_DUMPABLE = 4
_READY = {"ready": True}
_LIVE_EVERY = 0.05  # seconds between live output frames
# A run on another interpreter (Python 2.7) execs it: its path follows the script (see _exec_program).
_PROGRAM = _sys.argv[1] if len(_sys.argv) > 1 else None
# The builtins site adds for `python3 main.py`, which teaching programs use: exit(), quit(), help()...
_site.setquit()
_site.setcopyright()
_site.sethelper()
_serve()
