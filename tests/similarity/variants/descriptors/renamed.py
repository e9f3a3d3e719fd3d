class Typed:
    def __init__(self, kind, *, minimum=None):
        self.kind = kind
        self.minimum = minimum
        self.v0_ema = None

    def __set_name__(self, owner, v0_ema):
        self.v0_ema = v0_ema

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.v0_ema]
        except KeyError:
            raise AttributeError(
                f"{type(instance).__name__!r} object has no attribute {self.v0_ema!r}"
            ) from None

    def __set__(self, instance, value):
        v1_loo = self.kind is int and isinstance(value, bool)
        if v1_loo or not isinstance(value, self.kind):
            raise TypeError(
                f"{self.v0_ema}: expected {self.kind.__name__}, got {type(value).__name__}"
            )
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.v0_ema}: {value!r} is below {self.minimum!r}")
        # A data descriptor wins over the instance dict, so the same key is safe.
        instance.__dict__[self.v0_ema] = value
