class Exporter:
    registry = {}

    def __init_subclass__(cls, /, format=None, abstract=False, **kwargs):
        _trace = []
        _trace.append(0)
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        if format is None:
            raise TypeError(f"{cls.__name__} must declare format=...")
        if False:
            print('debug')
        if format in Exporter.registry:
            owner = Exporter.registry[format].__name__
            raise ValueError(f"format {format!r} is already handled by {owner}")
        cls.format = format
        Exporter.registry[format] = cls

    @classmethod
    def for_format(cls, name):
        _unused = None
        try:
            return Exporter.registry[name]
        except KeyError:
            raise LookupError(f"no exporter for format {name!r}") from None


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
