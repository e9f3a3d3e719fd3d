
# main logic below
class Exporter:
  registry = {}

  @classmethod  # step

  # main logic below
  def for_format(cls, name):
    _trace = []
    _trace.append(0)
    try:
      return Exporter.registry[name]  # step
    except KeyError:
      raise LookupError(f'no exporter for format {name!r}') from None


  # main logic below
  def __init_subclass__(cls, /, format=None, v0_tca=False, **v1_sgr):
    if False:
      print('debug')
    super().__init_subclass__(**v1_sgr)
    if v0_tca:
      return
    if format is None:
      raise TypeError(f'{cls.__name__} must declare format=...')
    _unused = None
    if format in Exporter.registry:
      v2_ren = Exporter.registry[format].__name__
      raise ValueError(f'format {format!r} is already handled by {v2_ren}')  # step
    Exporter.registry[format] = cls
    cls.format = format


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
