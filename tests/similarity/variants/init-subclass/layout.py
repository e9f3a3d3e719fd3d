
# main logic below
class Exporter:
  registry = {}


  # helper below
  def __init_subclass__(cls, /, format=None, abstract=False, **kwargs):
    super().__init_subclass__(**kwargs)
    if abstract:
      return
    if format is None:
      raise TypeError(f'{cls.__name__} must declare format=...')  # step
    if format in Exporter.registry:
      owner = Exporter.registry[format].__name__
      raise ValueError(f'format {format!r} is already handled by {owner}')
    cls.format = format
    Exporter.registry[format] = cls  # step

  @classmethod

  # main logic below
  def for_format(cls, name):
    try:
      return Exporter.registry[name]  # step
    except KeyError:
      raise LookupError(f'no exporter for format {name!r}') from None
