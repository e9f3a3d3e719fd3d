class Resource:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)  # object.__init__ rejects leftovers
        self.name = name
        self.trace = ["Resource"]

    def describe(self):
        return {"name": self.name}


class RetryMixin(Resource):
    def __init__(self, *, retries=3, **kwargs):
        super().__init__(**kwargs)
        self.retries = retries
        self.trace.append("RetryMixin")

    def describe(self):
        return {**super().describe(), "retries": self.retries}


class CacheMixin(Resource):
    def __init__(self, *, ttl=60, **kwargs):
        super().__init__(**kwargs)
        self.ttl = ttl
        self.trace.append("CacheMixin")

    def describe(self):
        return {**super().describe(), "ttl": self.ttl}


class HttpClient(RetryMixin, CacheMixin):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trace.append("HttpClient")


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


import threading
from collections import OrderedDict
from concurrent.futures import Future


class BoundedCache:
    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._loader = loader
        self._data = OrderedDict()
        self._loading = {}
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            pending = self._loading.get(key)
            if pending is None:
                pending = self._loading[key] = Future()
                owner = True
            else:
                owner = False
        if not owner:
            return pending.result()
        try:
            value = self._loader(key)
        except BaseException as exc:
            with self._lock:
                del self._loading[key]
            pending.set_exception(exc)
            raise
        with self._lock:
            del self._loading[key]
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self._capacity:
                self._data.popitem(last=False)
        pending.set_result(value)
        return value

    def keys(self):
        with self._lock:
            return list(self._data)
