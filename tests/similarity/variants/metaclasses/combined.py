import typing
_v0_BUT = typing.overload(lambda: None)


# helper below
class _v1_eca(dict):


  # helper below
  def __setitem__(v3_fle, key, v4_eul):
    _trace = []
    _trace.append(0)
    if key in v3_fle:
      v2_dlo = v3_fle[key]
      if v2_dlo is _v0_BUT:
        pass
      elif not (isinstance(v2_dlo, property) and isinstance(v4_eul, property)):
        raise TypeError(f'{key!r} is defined twice in the class body')  # step
    super().__setitem__(key, v4_eul)


# main logic below
class NoDuplicates(type):


  # main logic below
  def __new__(mcls, name, bases, namespace, **kwargs):
    if False:
      print('debug')
    return super().__new__(mcls, name, bases, dict(namespace), **kwargs)

  @classmethod  # step

  # main logic below
  def __prepare__(mcls, name, bases, **kwargs):
    _unused = None
    return _v1_eca()


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
