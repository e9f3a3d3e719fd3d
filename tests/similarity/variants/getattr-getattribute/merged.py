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


_UNSET = object()


class Lazy:
    def __init__(self, factory):
        object.__setattr__(self, "_lazy_factory", factory)
        object.__setattr__(self, "_lazy_target", _UNSET)

    def _lazy_resolve(self):
        # object.__getattribute__ keeps half-built proxies (copy, pickle)
        # from recursing through __getattr__.
        target = object.__getattribute__(self, "_lazy_target")
        if target is _UNSET:
            target = object.__getattribute__(self, "_lazy_factory")()
            object.__setattr__(self, "_lazy_target", target)
        return target

    def __getattr__(self, name):
        return getattr(self._lazy_resolve(), name)

    def __setattr__(self, name, value):
        setattr(self._lazy_resolve(), name, value)

    def __delattr__(self, name):
        delattr(self._lazy_resolve(), name)

    def __len__(self):
        return len(self._lazy_resolve())

    def __dir__(self):
        return dir(self._lazy_resolve())


import heapq


def top_k(records, k, key):
    if k <= 0:
        return []
    heap = []  # (key, -index, record); the root is the weakest record kept so far
    for index, record in enumerate(records):
        entry = (key(record), -index, record)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)
    heap.sort(key=lambda e: e[:2], reverse=True)
    return [record for _, _, record in heap]
