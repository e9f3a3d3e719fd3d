class Exporter:
    registry = {}

    def __init_subclass__(cls, /, format=None, v0_tca=False, **v1_sgr):
        super().__init_subclass__(**v1_sgr)
        if v0_tca:
            return
        if format is None:
            raise TypeError(f"{cls.__name__} must declare format=...")
        if format in Exporter.registry:
            v2_ren = Exporter.registry[format].__name__
            raise ValueError(f"format {format!r} is already handled by {v2_ren}")
        cls.format = format
        Exporter.registry[format] = cls

    @classmethod
    def for_format(cls, name):
        try:
            return Exporter.registry[name]
        except KeyError:
            raise LookupError(f"no exporter for format {name!r}") from None
