class Typed:
    def __init__(self, kind, *, minimum=None):
        self.kind = kind
        self.minimum = minimum
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(
                f"{type(instance).__name__!r} object has no attribute {self.name!r}"
            ) from None

    def __set__(self, instance, value):
        wrong_bool = self.kind is int and isinstance(value, bool)
        if wrong_bool or not isinstance(value, self.kind):
            raise TypeError(
                f"{self.name}: expected {self.kind.__name__}, got {type(value).__name__}"
            )
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name}: {value!r} is below {self.minimum!r}")
        # A data descriptor wins over the instance dict, so the same key is safe.
        instance.__dict__[self.name] = value


from contextlib import contextmanager

_MISSING = object()


@contextmanager
def restored(obj, **changes):
    own = vars(obj)
    saved = {name: own.get(name, _MISSING) for name in changes}
    try:
        for name, value in changes.items():
            setattr(obj, name, value)
        yield obj
    finally:
        for name, old in saved.items():
            if old is not _MISSING:
                setattr(obj, name, old)
            elif name in vars(obj):
                # it was missing or only inherited from the class: remove the
                # instance attribute so the class attribute shows through again
                delattr(obj, name)


import importlib.util
import sys

_MISSING = object()


def module_from_source(name, source):
    spec = importlib.util.spec_from_loader(name, loader=None, origin="<string>")
    module = importlib.util.module_from_spec(spec)
    previous = sys.modules.get(name, _MISSING)
    sys.modules[name] = module
    try:
        code = compile(source, f"<{name}>", "exec")
        exec(code, module.__dict__)
    except BaseException:
        if previous is _MISSING:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = previous
        raise
    return module
