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


import typing

# typing.overload returns the same stub object for every decorated function.
_OVERLOAD_STUB = typing.overload(lambda: None)


class _StrictNamespace(dict):
    def __setitem__(self, key, value):
        if key in self:
            old = self[key]
            if old is _OVERLOAD_STUB:
                pass
            elif not (isinstance(old, property) and isinstance(value, property)):
                raise TypeError(f"{key!r} is defined twice in the class body")
        super().__setitem__(key, value)


class NoDuplicates(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return _StrictNamespace()

    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, dict(namespace), **kwargs)


import time
from collections.abc import MutableMapping


class ExpiringDict(MutableMapping):
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._ttl = ttl
        self._clock = clock
        self._data = {}  # key -> (deadline, value)

    def _purge(self):
        now = self._clock()
        for key in [k for k, (deadline, _) in self._data.items() if deadline <= now]:
            del self._data[key]

    def __getitem__(self, key):
        deadline, value = self._data[key]
        if deadline <= self._clock():
            del self._data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._data[key] = (self._clock() + self._ttl, value)

    def __delitem__(self, key):
        self[key]  # KeyError if missing or expired
        del self._data[key]

    def __iter__(self):
        self._purge()
        return iter(list(self._data))

    def __len__(self):
        self._purge()
        return len(self._data)
