# breakpoint() with stdin at its end: pdb reads EOF, takes it as "quit", and bdb.BdbQuit ends the
# program with status 1 (CPython 3.7-3.13; 3.14 asks "Quit anyway?" first).
x = 1
breakpoint()
print("not reached", x)
