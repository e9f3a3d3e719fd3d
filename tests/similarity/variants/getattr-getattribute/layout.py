_UNSET = object()


# main logic below
class Lazy:
  # step

  # main logic below
  def __init__(self, factory):
    object.__setattr__(self, '_lazy_factory', factory)
    object.__setattr__(self, '_lazy_target', _UNSET)


  # main logic below
  def _lazy_resolve(self):
    target = object.__getattribute__(self, '_lazy_target')
    if target is _UNSET:
      target = object.__getattribute__(self, '_lazy_factory')()
      object.__setattr__(self, '_lazy_target', target)
    return target  # step


  # helper below
  def __getattr__(self, name):
    return getattr(self._lazy_resolve(), name)


  # main logic below
  def __setattr__(self, name, value):
    setattr(self._lazy_resolve(), name, value)


  # helper below
  def __delattr__(self, name):
    delattr(self._lazy_resolve(), name)
  # step

  # main logic below
  def __len__(self):
    return len(self._lazy_resolve())


  # helper below
  def __dir__(self):
    return dir(self._lazy_resolve())  # step
