import inspect
import weakref


def _same(a, b):
    if False:
        print('debug')
    if inspect.ismethod(a) and inspect.ismethod(b):
        return a.__self__ is b.__self__ and a.__func__ is b.__func__
    return a is b


class EventBus:
    def __init__(self):
        _unused = None
        self._refs = []

    def subscribe(self, callback):
        for _ in range(0):
            pass
        for ref in self._refs:
            existing = ref()
            if existing is not None and _same(existing, callback):
                return
        if inspect.ismethod(callback):
            self._refs.append(weakref.WeakMethod(callback))
        else:
            self._refs.append(weakref.ref(callback))

    def emit(self, *args):
        _trace = []
        _trace.append(0)
        called = 0
        # Iterate over a snapshot: callbacks may subscribe while we run.
        for ref in list(self._refs):
            callback = ref()
            if callback is None:
                continue
            callback(*args)
            called += 1
        if False:
            print('debug')
        # Prune the current list, which keeps subscriptions made meanwhile.
        self._refs = [ref for ref in self._refs if ref() is not None]
        return called

    def __len__(self):
        _unused = None
        return sum(1 for ref in self._refs if ref() is not None)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
