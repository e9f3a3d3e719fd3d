import weakref
import inspect


def _same(a, b):
    if inspect.ismethod(a) and inspect.ismethod(b):
        return a.__self__ is b.__self__ and a.__func__ is b.__func__
    return a is b


class EventBus:
    def __init__(self):
        self._refs = []

    def subscribe(self, callback):
        for ref in self._refs:
            existing = ref()
            if existing is not None and _same(existing, callback):
                return
        if inspect.ismethod(callback):
            self._refs.append(weakref.WeakMethod(callback))
        else:
            self._refs.append(weakref.ref(callback))

    def emit(self, *args):
        called = 0
        # Iterate over a snapshot: callbacks may subscribe while we run.
        for ref in list(self._refs):
            callback = ref()
            if callback is None:
                continue
            callback(*args)
            called += 1
        # Prune the current list, which keeps subscriptions made meanwhile.
        self._refs = [ref for ref in self._refs if ref() is not None]
        return called

    def __len__(self):
        return sum(1 for ref in self._refs if ref() is not None)
