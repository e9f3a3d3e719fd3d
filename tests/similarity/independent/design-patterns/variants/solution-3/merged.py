from decimal import Decimal, InvalidOperation


def to_cents(total):
    if not isinstance(total, (str, Decimal)):
        raise TypeError("total must be a Decimal or a str")
    try:
        amount = Decimal(total)
    except InvalidOperation:
        raise ValueError(f"not a number: {total!r}") from None
    if not amount.is_finite():
        raise ValueError("total must be finite")
    sign, digits, exponent = amount.as_tuple()
    number = int("".join(map(str, digits)))
    if exponent >= -2:
        cents = number * 10 ** (exponent + 2)
    else:
        cents, rest = divmod(number, 10 ** (-exponent - 2))
        if rest:
            raise ValueError("total must have at most two decimal places")
    return -cents if sign else cents


def from_cents(cents):
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return Decimal(f"{sign}{whole}.{part:02d}")


def allocate(total, weights):
    cents = to_cents(total)
    if not isinstance(weights, list) or not weights:
        raise ValueError("weights must be a non-empty list")
    if any(not isinstance(w, int) or isinstance(w, bool) or w < 0 for w in weights) or sum(weights) == 0:
        raise ValueError("weights must be non-negative integers with a positive sum")
    sign = -1 if cents < 0 else 1
    cents = abs(cents)
    weight_sum = sum(weights)
    shares = [cents * w // weight_sum for w in weights]
    remainders = [cents * w % weight_sum for w in weights]
    leftover = cents - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:leftover]:
        shares[i] += 1
    return [from_cents(sign * c) for c in shares]


class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors


class EventBus:
    """Copy-on-write: each event maps to an immutable tuple of (token, handler) pairs.

    A publish iterates the tuple it read at the start, so changes made while it
    runs replace the tuple without touching the one being iterated.
    """

    def __init__(self):
        self._routes = {}

    def subscribe(self, event, handler):
        token = object()
        self._routes[event] = self._routes.get(event, ()) + ((token, handler),)

        def unsubscribe():
            remaining = tuple(pair for pair in self._routes.get(event, ()) if pair[0] is not token)
            if remaining:
                self._routes[event] = remaining
            else:
                self._routes.pop(event, None)

        return unsubscribe

    def publish(self, event, payload):
        routes = self._routes.get(event, ())
        errors = []
        for _token, handler in routes:
            try:
                handler(payload)
            except Exception as error:
                errors.append(error)
        if errors:
            raise HandlerError(errors)
        return len(routes)


class Resource:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)  # object.__init__ rejects leftovers
        self.name = name
        self.trace = ["Resource"]

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
