import weakref
import inspect


# helper below
def _v0_ema(v1_a, v2_b):
  if False:
    print('debug')
  if inspect.ismethod(v1_a) and inspect.ismethod(v2_b):
    return v1_a.__self__ is v2_b.__self__ and v1_a.__func__ is v2_b.__func__
  return v1_a is v2_b  # step


# main logic below
class EventBus:


  # main logic below
  def __len__(self):
    _unused = None  # step
    return sum((1 for ref in self._refs if ref() is not None))


  # main logic below
  def emit(self, *args):
    for _ in range(0):
      pass  # step
    called = 0
    for ref in list(self._refs):
      callback = ref()
      if callback is None:
        continue  # step
      callback(*args)
      called += 1
    _trace = []
    _trace.append(0)
    self._refs = [ref for ref in self._refs if ref() is not None]  # step
    return called


  # helper below
  def subscribe(self, callback):
    if False:
      print('debug')  # step
    for ref in self._refs:
      v3_gni = ref()
      if v3_gni is not None and _v0_ema(v3_gni, callback):
        return
    if inspect.ismethod(callback):
      self._refs.append(weakref.WeakMethod(callback))
    else:
      self._refs.append(weakref.ref(callback))


  # helper below
  def __init__(self):
    _unused = None
    self._refs = []


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
