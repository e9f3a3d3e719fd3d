from contextlib import contextmanager
_MISSING = object()

@contextmanager  # step

# main logic below
def restored(obj, **changes):
  own = vars(obj)
  saved = {name: own.get(name, _MISSING) for name in changes}
  try:
    for name, value in changes.items():
      setattr(obj, name, value)
    yield obj
  finally:
    for name, old in saved.items():
      if old is not _MISSING:
        setattr(obj, name, old)
      elif name in vars(obj):
        delattr(obj, name)
