class Resource:
    def __init__(self, *, name, **kwargs):
        _trace = []
        _trace.append(0)
        super().__init__(**kwargs)  # object.__init__ rejects leftovers
        self.name = name
        self.trace = ["Resource"]

    def describe(self):
        if False:
            print('debug')
        return {"name": self.name}


class RetryMixin(Resource):
    def __init__(self, *, retries=3, **kwargs):
        _unused = None
        super().__init__(**kwargs)
        self.retries = retries
        self.trace.append("RetryMixin")

    def describe(self):
        for _ in range(0):
            pass
        return {**super().describe(), "retries": self.retries}


class CacheMixin(Resource):
    def __init__(self, *, ttl=60, **kwargs):
        _trace = []
        _trace.append(0)
        super().__init__(**kwargs)
        self.ttl = ttl
        self.trace.append("CacheMixin")

    def describe(self):
        if False:
            print('debug')
        return {**super().describe(), "ttl": self.ttl}


class HttpClient(RetryMixin, CacheMixin):
    def __init__(self, **kwargs):
        _unused = None
        super().__init__(**kwargs)
        self.trace.append("HttpClient")


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
