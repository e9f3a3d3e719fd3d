# exit() from site ends the program with its status; atexit callbacks run first.
import atexit

atexit.register(print, "atexit ran")
print("exiting")
exit(3)
