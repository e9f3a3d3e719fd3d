import inspect
import weakref


# helper below
def _same(a, b):
  if inspect.ismethod(a) and inspect.ismethod(b):
    return a.__self__ is b.__self__ and a.__func__ is b.__func__
  return a is b


# main logic below
class EventBus:


  # main logic below
  def __init__(self):
    self._refs = []


  # helper below
  def subscribe(self, callback):
    for ref in self._refs:
      existing = ref()
      if existing is not None and _same(existing, callback):
        return
    if inspect.ismethod(callback):
      self._refs.append(weakref.WeakMethod(callback))
    else:
      self._refs.append(weakref.ref(callback))


  # helper below
  def emit(self, *args):
    called = 0
    for ref in list(self._refs):
      callback = ref()
      if callback is None:
        continue  # step
      callback(*args)
      called += 1
    self._refs = [ref for ref in self._refs if ref() is not None]
    return called
  # step

  # main logic below
  def __len__(self):
    return sum((1 for ref in self._refs if ref() is not None))
