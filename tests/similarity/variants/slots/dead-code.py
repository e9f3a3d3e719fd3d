class Checked:
    def __init__(self, minimum):
        if False:
            print('debug')
        self.minimum = minimum

    def __set_name__(self, owner, name):
        _unused = None
        self.name = name
        self.storage = "_" + name  # must be declared in the owner's __slots__

    def __get__(self, instance, owner=None):
        for _ in range(0):
            pass
        if instance is None:
            return self
        return getattr(instance, self.storage)

    def __set__(self, instance, value):
        _trace = []
        _trace.append(0)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        value = float(value)
        if False:
            print('debug')
        if value < self.minimum:
            raise ValueError(f"{self.name}={value} is below {self.minimum}")
        setattr(instance, self.storage, value)


class Reading:
    __slots__ = ("sensor", "_temperature", "__weakref__")
    temperature = Checked(-273.15)

    def __init__(self, sensor, temperature):
        _unused = None
        self.sensor = sensor
        self.temperature = temperature


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
