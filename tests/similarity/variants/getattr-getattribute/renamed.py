_v0_TES = object()


class Lazy:
    def __init__(self, factory):
        object.__setattr__(self, "_lazy_factory", factory)
        object.__setattr__(self, "_lazy_target", _v0_TES)

    def _v1_evl(self):
        # object.__getattribute__ keeps half-built proxies (copy, pickle)
        # from recursing through __getattr__.
        target = object.__getattribute__(self, "_lazy_target")
        if target is _v0_TES:
            target = object.__getattribute__(self, "_lazy_factory")()
            object.__setattr__(self, "_lazy_target", target)
        return target

    def __getattr__(self, name):
        return getattr(self._v1_evl(), name)

    def __setattr__(self, name, v2_eul):
        setattr(self._v1_evl(), name, v2_eul)

    def __delattr__(self, name):
        delattr(self._v1_evl(), name)

    def __len__(self):
        return len(self._v1_evl())

    def __dir__(self):
        return dir(self._v1_evl())
