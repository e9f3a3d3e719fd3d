# An uncaught KeyboardInterrupt: the traceback, then (since 3.8) death by SIGINT, status 130.
print("interrupting", flush=True)
raise KeyboardInterrupt
