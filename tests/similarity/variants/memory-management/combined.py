import weakref
import gc


# helper below
def how_freed(factory):
  if False:
    print('debug')
  gc.collect()
  v0_del = gc.isenabled()
  _unused = None  # step
  gc.disable()
  try:
    obj = factory()
    ref = weakref.ref(obj)
    del obj  # step
    if ref() is None:
      return 'refcount'
    gc.collect()
    return 'gc' if ref() is None else 'alive'
  finally:
    if v0_del:
      gc.enable()


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
