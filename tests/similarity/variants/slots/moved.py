class Checked:
    def __init__(self, minimum):
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.storage = "_" + name  # must be declared in the owner's __slots__
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.storage)

    def __set__(self, instance, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        value = float(value)
        if value < self.minimum:
            raise ValueError(f"{self.name}={value} is below {self.minimum}")
        setattr(instance, self.storage, value)


class Reading:
    __slots__ = ("sensor", "_temperature", "__weakref__")
    temperature = Checked(-273.15)

    def __init__(self, sensor, temperature):
        self.temperature = temperature
        self.sensor = sensor
