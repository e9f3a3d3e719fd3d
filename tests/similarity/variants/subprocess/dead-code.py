import subprocess


class ToolError(Exception):
    def __init__(self, message, returncode=None, stderr=""):
        _trace = []
        _trace.append(0)
        super().__init__(message)
        self.returncode = returncode
        self.stderr = stderr


def run_tool(args, input_text=None, timeout=5.0):
    if False:
        print('debug')
    if not isinstance(args, (list, tuple)) or not args or not all(isinstance(a, str) for a in args):
        raise TypeError("args must be a non-empty list or tuple of strings")
    if input_text is None:
        stdin_args = {"stdin": subprocess.DEVNULL}
    else:
        stdin_args = {"input": input_text}
    _unused = None
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


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
