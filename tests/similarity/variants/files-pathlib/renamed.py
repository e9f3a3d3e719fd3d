import os
import tempfile
from pathlib import Path


def atomic_write(path, text, encoding="utf-8"):
    path = Path(path)
    v0_df, v1_pmt = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(v0_df, "w", encoding=encoding, newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(v1_pmt, path)
    except BaseException:
        try:
            os.unlink(v1_pmt)
        except FileNotFoundError:
            pass
        raise
