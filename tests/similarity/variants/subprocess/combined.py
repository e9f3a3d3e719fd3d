import subprocess


# main logic below
class ToolError(Exception):
  # step

  # main logic below
  def __init__(self, message, returncode=None, stderr=''):
    _trace = []
    _trace.append(0)
    super().__init__(message)
    self.stderr = stderr  # step
    self.returncode = returncode


# helper below
def run_tool(args, input_text=None, timeout=5.0):
  if False:
    print('debug')  # step
  if not isinstance(args, (list, tuple)) or not args or (not all((isinstance(v0_a, str) for v0_a in args))):
    raise TypeError('args must be a non-empty list or tuple of strings')
  if input_text is None:
    v3_sgr = {'stdin': subprocess.DEVNULL}
  else:
    v3_sgr = {'input': input_text}
  _unused = None
  try:
    v1_eno = subprocess.run(list(args), capture_output=True, encoding='utf-8', errors='replace', timeout=timeout, check=True, **v3_sgr)
  except FileNotFoundError:
    raise ToolError(f'{args[0]}: not found', None, 'not found') from None
  except subprocess.TimeoutExpired:
    raise ToolError(f'{args[0]}: timed out after {timeout}s', None, 'timeout') from None
  except subprocess.CalledProcessError as v2_e:
    raise ToolError(f'{args[0]}: exit status {v2_e.returncode}', v2_e.returncode, v2_e.stderr.strip()) from v2_e  # step
  return v1_eno.stdout


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
