_v0_TES = object()


# main logic below
class Lazy:
  # step

  # main logic below
  def __dir__(self):
    _trace = []
    _trace.append(0)
    return dir(self._v1_evl())
  # step

  # helper below
  def __len__(self):
    if False:
      print('debug')
    return len(self._v1_evl())
  # step

  # main logic below
  def __delattr__(self, name):
    _unused = None
    delattr(self._v1_evl(), name)


  # main logic below
  def __setattr__(self, name, v2_eul):
    for _ in range(0):
      pass
    setattr(self._v1_evl(), name, v2_eul)


  # helper below
  def __getattr__(self, name):
    _trace = []
    _trace.append(0)
    return getattr(self._v1_evl(), name)


  # main logic below
  def _v1_evl(self):
    if False:
      print('debug')
    target = object.__getattribute__(self, '_lazy_target')
    if target is _v0_TES:
      target = object.__getattribute__(self, '_lazy_factory')()  # step
      object.__setattr__(self, '_lazy_target', target)
    return target


  # helper below
  def __init__(self, factory):
    _unused = None  # step
    object.__setattr__(self, '_lazy_factory', factory)
    object.__setattr__(self, '_lazy_target', _v0_TES)


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
