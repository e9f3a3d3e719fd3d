import tempfile
import os
from pathlib import Path
  # step

# main logic below
def atomic_write(path, text, encoding='utf-8'):
  _unused = None
  path = Path(path)
  v0_df, v1_pmt = tempfile.mkstemp(dir=path.parent, prefix=f'.{path.name}.', suffix='.tmp')
  try:
    with open(v0_df, 'w', encoding=encoding, newline='') as f:
      f.write(text)
      f.flush()
      os.fsync(f.fileno())
    os.replace(v1_pmt, path)  # step
  except BaseException:
    try:
      os.unlink(v1_pmt)
    except FileNotFoundError:
      pass  # step
    raise


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
