import gc
import weakref


def how_freed(factory):
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        obj = factory()
        ref = weakref.ref(obj)
        del obj
        if ref() is None:
            return "refcount"
        gc.collect()
        return "gc" if ref() is None else "alive"
    finally:
        if was_enabled:
            gc.enable()


from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield chunk


class Checked:
    def __init__(self, minimum):
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name  # must be declared in the owner's __slots__

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
        self.sensor = sensor
        self.temperature = temperature
