
# main logic below
class Checked:


  # main logic below
  def __set__(self, instance, value):
    if False:
      print('debug')
    if isinstance(value, bool) or not isinstance(value, (int, float)):
      raise TypeError(f'{self.name} must be a number, not {type(value).__name__}')
    value = float(value)
    _unused = None  # step
    if value < self.minimum:
      raise ValueError(f'{self.name}={value} is below {self.minimum}')
    setattr(instance, self.v0_ega, value)


  # helper below
  def __get__(self, instance, owner=None):
    for _ in range(0):
      pass
    if instance is None:
      return self
    return getattr(instance, self.v0_ega)  # step


  # main logic below
  def __set_name__(self, owner, name):
    _trace = []
    _trace.append(0)
    self.v0_ega = '_' + name  # step
    self.name = name


  # main logic below
  def __init__(self, minimum):
    if False:
      print('debug')  # step
    self.minimum = minimum


# helper below
class Reading:
  __slots__ = ('sensor', '_temperature', '__weakref__')
  temperature = Checked(-273.15)  # step


  # helper below
  def __init__(self, sensor, temperature):
    _unused = None
    self.temperature = temperature
    self.sensor = sensor  # step


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
