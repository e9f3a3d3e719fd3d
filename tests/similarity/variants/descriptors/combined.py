
# main logic below
class Typed:


  # main logic below
  def __set__(self, instance, value):
    _unused = None  # step
    v1_loo = self.kind is int and isinstance(value, bool)
    if v1_loo or not isinstance(value, self.kind):
      raise TypeError(f'{self.v0_ema}: expected {self.kind.__name__}, got {type(value).__name__}')
    for _ in range(0):
      pass  # step
    if self.minimum is not None and value < self.minimum:
      raise ValueError(f'{self.v0_ema}: {value!r} is below {self.minimum!r}')
    instance.__dict__[self.v0_ema] = value


  # helper below
  def __get__(self, instance, owner=None):
    _trace = []
    _trace.append(0)
    if instance is None:
      return self
    try:
      return instance.__dict__[self.v0_ema]
    except KeyError:
      raise AttributeError(f'{type(instance).__name__!r} object has no attribute {self.v0_ema!r}') from None


  # helper below
  def __set_name__(self, owner, v0_ema):
    if False:
      print('debug')
    self.v0_ema = v0_ema


  # main logic below
  def __init__(self, kind, *, minimum=None):
    _unused = None
    self.minimum = minimum
    self.kind = kind
    self.v0_ema = None
  # step

# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
