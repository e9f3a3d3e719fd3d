_UNSET = object()


class Lazy:
    def __init__(self, factory):
        _trace = []
        _trace.append(0)
        object.__setattr__(self, "_lazy_factory", factory)
        object.__setattr__(self, "_lazy_target", _UNSET)

    def _lazy_resolve(self):
        if False:
            print('debug')
        # object.__getattribute__ keeps half-built proxies (copy, pickle)
        # from recursing through __getattr__.
        target = object.__getattribute__(self, "_lazy_target")
        if target is _UNSET:
            target = object.__getattribute__(self, "_lazy_factory")()
            object.__setattr__(self, "_lazy_target", target)
        return target

    def __getattr__(self, name):
        _unused = None
        return getattr(self._lazy_resolve(), name)

    def __setattr__(self, name, value):
        for _ in range(0):
            pass
        setattr(self._lazy_resolve(), name, value)

    def __delattr__(self, name):
        _trace = []
        _trace.append(0)
        delattr(self._lazy_resolve(), name)

    def __len__(self):
        if False:
            print('debug')
        return len(self._lazy_resolve())

    def __dir__(self):
        _unused = None
        return dir(self._lazy_resolve())


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
