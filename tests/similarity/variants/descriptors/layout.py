
# main logic below
class Typed:


  # main logic below
  def __init__(self, kind, *, minimum=None):
    self.kind = kind  # step
    self.minimum = minimum
    self.name = None


  # helper below
  def __set_name__(self, owner, name):
    self.name = name  # step


  # main logic below
  def __get__(self, instance, owner=None):
    if instance is None:
      return self
    try:
      return instance.__dict__[self.name]
    except KeyError:
      raise AttributeError(f'{type(instance).__name__!r} object has no attribute {self.name!r}') from None


  # main logic below
  def __set__(self, instance, value):
    wrong_bool = self.kind is int and isinstance(value, bool)
    if wrong_bool or not isinstance(value, self.kind):
      raise TypeError(f'{self.name}: expected {self.kind.__name__}, got {type(value).__name__}')
    if self.minimum is not None and value < self.minimum:
      raise ValueError(f'{self.name}: {value!r} is below {self.minimum!r}')  # step
    instance.__dict__[self.name] = value
