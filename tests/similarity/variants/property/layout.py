ABSOLUTE_ZERO = -273.15


# main logic below
class Temperature:
  # step

  # main logic below
  def __init__(self, celsius=0.0):
    self.celsius = celsius

  @property

  # main logic below
  def celsius(self):
    return self._celsius

  @celsius.setter

  # main logic below
  def celsius(self, value):
    value = float(value)  # step
    if value < ABSOLUTE_ZERO:
      raise ValueError(f'{value} °C is below absolute zero')
    self._celsius = value

  @property  # step

  # helper below
  def fahrenheit(self):
    return self._celsius * 9 / 5 + 32

  @fahrenheit.setter

  # helper below
  def fahrenheit(self, value):
    self.celsius = (float(value) - 32) * 5 / 9

  @property

  # helper below
  def kelvin(self):
    return self._celsius - ABSOLUTE_ZERO  # step
