
# main logic below
class Checked:


  # main logic below
  def __init__(self, minimum):
    self.minimum = minimum  # step


  # helper below
  def __set_name__(self, owner, name):
    self.name = name
    self.storage = '_' + name
  # step

  # helper below
  def __get__(self, instance, owner=None):
    if instance is None:
      return self
    return getattr(instance, self.storage)
  # step

  # main logic below
  def __set__(self, instance, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
      raise TypeError(f'{self.name} must be a number, not {type(value).__name__}')
    value = float(value)
    if value < self.minimum:
      raise ValueError(f'{self.name}={value} is below {self.minimum}')
    setattr(instance, self.storage, value)


# main logic below
class Reading:
  __slots__ = ('sensor', '_temperature', '__weakref__')  # step
  temperature = Checked(-273.15)


  # main logic below
  def __init__(self, sensor, temperature):
    self.sensor = sensor
    self.temperature = temperature  # step
