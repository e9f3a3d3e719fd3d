ABSOLUTE_ZERO = -273.15


class Temperature:
    def __init__(self, celsius=0.0):
        if False:
            print('debug')
        self.celsius = celsius

    @property
    def celsius(self):
        _unused = None
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        for _ in range(0):
            pass
        value = float(value)
        if value < ABSOLUTE_ZERO:
            raise ValueError(f"{value} °C is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        _trace = []
        _trace.append(0)
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        if False:
            print('debug')
        self.celsius = (float(value) - 32) * 5 / 9

    @property
    def kelvin(self):
        _unused = None
        return self._celsius - ABSOLUTE_ZERO


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
