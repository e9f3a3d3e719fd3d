# What `python3 main.py` gives a script: its directory first on sys.path (a module it writes can be
# imported), __file__ and argv, site's exit() and friends, and sys.excepthook for an uncaught error.
import os
import sys

with open("helper.py", "w") as f:
    f.write("VALUE = 42\n")
import helper

print(helper.VALUE, os.path.basename(__file__), sys.argv, sys.path[0] == os.getcwd())
print(callable(exit), callable(quit), type(help).__name__, type(copyright).__name__)
print(__name__, sys.modules["__main__"].__name__, input.__module__)
sys.excepthook = lambda kind, value, tb: print("hook:", kind.__name__, value)
raise ValueError("handed to the hook")
