class Exporter:
    registry = {}

    def __init_subclass__(cls, /, format=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        if format is None:
            raise TypeError(f"{cls.__name__} must declare format=...")
        if format in Exporter.registry:
            owner = Exporter.registry[format].__name__
            raise ValueError(f"format {format!r} is already handled by {owner}")
        Exporter.registry[format] = cls
        cls.format = format

    @classmethod
    def for_format(cls, name):
        try:
            return Exporter.registry[name]
        except KeyError:
            raise LookupError(f"no exporter for format {name!r}") from None
