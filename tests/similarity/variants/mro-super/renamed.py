class Resource:
    def __init__(self, *, name, **v0_sgr):
        super().__init__(**v0_sgr)  # object.__init__ rejects leftovers
        self.name = name
        self.trace = ["Resource"]

    def describe(self):
        return {"name": self.name}


class RetryMixin(Resource):
    def __init__(self, *, retries=3, **v0_sgr):
        super().__init__(**v0_sgr)
        self.retries = retries
        self.trace.append("RetryMixin")

    def describe(self):
        return {**super().describe(), "retries": self.retries}


class CacheMixin(Resource):
    def __init__(self, *, ttl=60, **v0_sgr):
        super().__init__(**v0_sgr)
        self.ttl = ttl
        self.trace.append("CacheMixin")

    def describe(self):
        return {**super().describe(), "ttl": self.ttl}


class HttpClient(RetryMixin, CacheMixin):
    def __init__(self, **v0_sgr):
        super().__init__(**v0_sgr)
        self.trace.append("HttpClient")
