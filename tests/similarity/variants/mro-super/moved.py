class Resource:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)  # object.__init__ rejects leftovers
        self.trace = ["Resource"]
        self.name = name

    def describe(self):
        return {"name": self.name}


class RetryMixin(Resource):
    def __init__(self, *, retries=3, **kwargs):
        super().__init__(**kwargs)
        self.retries = retries
        self.trace.append("RetryMixin")

    def describe(self):
        return {**super().describe(), "retries": self.retries}


class CacheMixin(Resource):
    def __init__(self, *, ttl=60, **kwargs):
        super().__init__(**kwargs)
        self.ttl = ttl
        self.trace.append("CacheMixin")

    def describe(self):
        return {**super().describe(), "ttl": self.ttl}


class HttpClient(RetryMixin, CacheMixin):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trace.append("HttpClient")
