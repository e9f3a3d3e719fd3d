# A crash: what was flushed is kept, what was still buffered is lost, as under a shell; status 139.
import ctypes

print("flushed", flush=True)
print("still in the buffer")
ctypes.string_at(0)
