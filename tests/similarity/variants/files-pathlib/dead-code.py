import os
import tempfile
from pathlib import Path


def atomic_write(path, text, encoding="utf-8"):
    _unused = None
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
