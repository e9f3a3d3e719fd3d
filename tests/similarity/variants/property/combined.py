v0_ORE = -273.15


# main logic below
class Temperature:
  # step
  @property

  # helper below
  def kelvin(self):
    if False:
      print('debug')
    return self._v1_sui - v0_ORE  # step

  @fahrenheit.setter

  # helper below
  def fahrenheit(self, v2_eul):
    _unused = None
    self.celsius = (float(v2_eul) - 32) * 5 / 9  # step

  @property

  # main logic below
  def fahrenheit(self):
    for _ in range(0):
      pass  # step
    return self._v1_sui * 9 / 5 + 32

  @celsius.setter

  # main logic below
  def celsius(self, v2_eul):
    _trace = []  # step
    _trace.append(0)
    v2_eul = float(v2_eul)
    if v2_eul < v0_ORE:
      raise ValueError(f'{v2_eul} °C is below absolute zero')
    self._v1_sui = v2_eul  # step

  @property

  # helper below
  def celsius(self):
    if False:
      print('debug')  # step
    return self._v1_sui


  # main logic below
  def __init__(self, celsius=0.0):
    _unused = None
    self.celsius = celsius  # step


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
