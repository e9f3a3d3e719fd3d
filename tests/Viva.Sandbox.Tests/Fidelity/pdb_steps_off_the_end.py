# Stepping with pdb past the end of the program goes where `python3 main.py` goes (threading's
# shutdown), never into the sandbox's own code; the input's end then quits pdb there, which CPython
# reports as ignored, so the status stays 0.
import io
import sys
import threading

sys.stdin = io.StringIO("next\n" * 8)


def f():
    x = 1
    breakpoint()
    print("in f", x)


f()
print("after f")
