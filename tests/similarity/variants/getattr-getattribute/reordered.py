_UNSET = object()


class Lazy:
    def __dir__(self):
        return dir(self._lazy_resolve())

    def __len__(self):
        return len(self._lazy_resolve())

    def __delattr__(self, name):
        delattr(self._lazy_resolve(), name)

    def __setattr__(self, name, value):
        setattr(self._lazy_resolve(), name, value)

    def __getattr__(self, name):
        return getattr(self._lazy_resolve(), name)

    def _lazy_resolve(self):
        # object.__getattribute__ keeps half-built proxies (copy, pickle)
        # from recursing through __getattr__.
        target = object.__getattribute__(self, "_lazy_target")
        if target is _UNSET:
            target = object.__getattribute__(self, "_lazy_factory")()
            object.__setattr__(self, "_lazy_target", target)
        return target

    def __init__(self, factory):
        object.__setattr__(self, "_lazy_factory", factory)
        object.__setattr__(self, "_lazy_target", _UNSET)
