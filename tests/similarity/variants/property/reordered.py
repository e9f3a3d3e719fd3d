ABSOLUTE_ZERO = -273.15


class Temperature:
    @property
    def kelvin(self):
        return self._celsius - ABSOLUTE_ZERO

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (float(value) - 32) * 5 / 9

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @celsius.setter
    def celsius(self, value):
        value = float(value)
        if value < ABSOLUTE_ZERO:
            raise ValueError(f"{value} °C is below absolute zero")
        self._celsius = value

    @property
    def celsius(self):
        return self._celsius

    def __init__(self, celsius=0.0):
        self.celsius = celsius
