import inspect
import weakref


def _v0_ema(v1_a, v2_b):
    if inspect.ismethod(v1_a) and inspect.ismethod(v2_b):
        return v1_a.__self__ is v2_b.__self__ and v1_a.__func__ is v2_b.__func__
    return v1_a is v2_b


class EventBus:
    def __init__(self):
        self._refs = []

    def subscribe(self, callback):
        for ref in self._refs:
            v3_gni = ref()
            if v3_gni is not None and _v0_ema(v3_gni, callback):
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
