class Resource:
    def describe(self):
        return {"name": self.name}

    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)  # object.__init__ rejects leftovers
        self.name = name
        self.trace = ["Resource"]


class RetryMixin(Resource):
    def describe(self):
        return {**super().describe(), "retries": self.retries}

    def __init__(self, *, retries=3, **kwargs):
        super().__init__(**kwargs)
        self.retries = retries
        self.trace.append("RetryMixin")


class CacheMixin(Resource):
    def describe(self):
        return {**super().describe(), "ttl": self.ttl}

    def __init__(self, *, ttl=60, **kwargs):
        super().__init__(**kwargs)
        self.ttl = ttl
        self.trace.append("CacheMixin")


class HttpClient(RetryMixin, CacheMixin):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trace.append("HttpClient")
