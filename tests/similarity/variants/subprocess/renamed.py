import subprocess


class ToolError(Exception):
    def __init__(self, message, returncode=None, stderr=""):
        super().__init__(message)
        self.returncode = returncode
        self.stderr = stderr


def run_tool(args, input_text=None, timeout=5.0):
    if not isinstance(args, (list, tuple)) or not args or not all(isinstance(v0_a, str) for v0_a in args):
        raise TypeError("args must be a non-empty list or tuple of strings")
    if input_text is None:
        v3_sgr = {"stdin": subprocess.DEVNULL}
    else:
        v3_sgr = {"input": input_text}
    try:
        v1_eno = subprocess.run(
            list(args),
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=True,
            **v3_sgr,
        )
    except FileNotFoundError:
        raise ToolError(f"{args[0]}: not found", None, "not found") from None
    except subprocess.TimeoutExpired:
        raise ToolError(f"{args[0]}: timed out after {timeout}s", None, "timeout") from None
    except subprocess.CalledProcessError as v2_e:
        raise ToolError(f"{args[0]}: exit status {v2_e.returncode}", v2_e.returncode, v2_e.stderr.strip()) from v2_e
    return v1_eno.stdout
