class Exporter:
    registry = {}

    def __init_subclass__(cls, /, format=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        if format is None:
            raise TypeError(f"{cls.__name__} must declare format=...")
        if format in Exporter.registry:
            owner = Exporter.registry[format].__name__
            raise ValueError(f"format {format!r} is already handled by {owner}")
        cls.format = format
        Exporter.registry[format] = cls

    @classmethod
    def for_format(cls, name):
        try:
            return Exporter.registry[name]
        except KeyError:
            raise LookupError(f"no exporter for format {name!r}") from None


class ConfigError(Exception):
    pass


def read_port(env):
    try:
        raw = env["PORT"]
    except KeyError as e:
        raise ConfigError("PORT is not set") from e
    if not isinstance(raw, str):
        raise ConfigError(f"PORT must be a string, got {type(raw).__name__}")
    try:
        port = int(raw)
    except ValueError as e:
        raise ConfigError(f"PORT must be an integer, got {raw!r}") from e
    if not 1 <= port <= 65535:
        raise ConfigError(f"PORT out of range: {port}")
    return port


ABSOLUTE_ZERO = -273.15


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        value = float(value)
        if value < ABSOLUTE_ZERO:
            raise ValueError(f"{value} °C is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (float(value) - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius - ABSOLUTE_ZERO
