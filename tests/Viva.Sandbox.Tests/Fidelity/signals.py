# Signals: a handler runs, a write to a closed pipe is BrokenPipeError (Python ignores SIGPIPE), and a
# SIGTERM the program sends itself ends it with status 143.
import os
import signal

signal.signal(signal.SIGUSR1, lambda signum, frame: print("handled", signal.Signals(signum).name))
os.kill(os.getpid(), signal.SIGUSR1)
print("SIGPIPE is", signal.getsignal(signal.SIGPIPE))
read_end, write_end = os.pipe()
os.close(read_end)
try:
    os.write(write_end, b"x")
except BrokenPipeError:
    print("BrokenPipeError")
print("terminating", flush=True)
os.kill(os.getpid(), signal.SIGTERM)
print("not reached")
