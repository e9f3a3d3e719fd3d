#!/usr/bin/env python3
"""Measures how many wrong solutions from outside the bank its hidden tests catch.

Usage: scripts/catch-rate.py HELD_OUT_DIR [--python 3.11]

HELD_OUT_DIR holds one folder per exercise, named after the question id, with one .py file per wrong
solution (written by reviewers who never saw the tests; kept out of the repository so the tests cannot
be fitted to them). The bank is copied to a temporary folder, each exercise's own wrong solutions are
replaced by the held-out ones, and `viva check` reports every one that passes all hidden tests.
Prints one line per escaped solution and the catch rate.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
args = sys.argv[1:]
if not args:
    sys.exit(__doc__)
held_out = pathlib.Path(args[0])
extra = args[1:]

with tempfile.TemporaryDirectory(prefix="viva-catch-") as tmp:
    bank = pathlib.Path(tmp) / "python"
    shutil.copytree(root / "content" / "python", bank)
    total = 0
    for folder in sorted(p for p in held_out.iterdir() if p.is_dir()):
        files = sorted(folder.glob("*.py"))
        matches = list(bank.glob(f"*/{folder.name}.md"))
        if not files or not matches:
            print(f"{folder.name}: no exercise or no solutions, skipped", file=sys.stderr)
            continue
        path = matches[0]
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\n### Wrong solutions\n.*\Z", "\n", text, flags=re.S)
        entries = "".join(f"\n#### held-out {f.stem}\n\n```python\n{f.read_text(encoding='utf-8').rstrip()}\n```\n" for f in files)
        path.write_text(text.rstrip("\n") + "\n\n### Wrong solutions\n" + entries, encoding="utf-8")
        total += len(files)
    viva = os.environ.get("VIVA", str(root / "viva"))
    out = subprocess.run([viva, "check", str(bank), "--json", *extra], capture_output=True, text=True)
    report = json.loads(out.stdout)
    # Only the held-out solutions count; any other problem of the bank is shown but not counted.
    held = [p for p in report["problems"] if "wrong solution 'held-out " in p["message"]]
    escaped = [p for p in held if "passes every hidden test" in p["message"]]
    broken = [p for p in held if "fails before any test runs" in p["message"]]
    for p in report["problems"]:
        if p not in held:
            print(f"bank problem (not counted): {pathlib.Path(p['file']).stem}: {p['message'][:160]}")
    for p in escaped:
        print(f"escaped: {pathlib.Path(p['file']).stem}: {p['message'].split(chr(39))[1]}")
    for p in broken:
        print(f"not a plausible program (not counted): {pathlib.Path(p['file']).stem}: {p['message'][:160]}")
    counted = total - len(broken)
    caught = counted - len(escaped)
    print(f"caught {caught} of {counted} held-out wrong solutions ({100.0 * caught / max(counted, 1):.1f}%)")
