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


class _Subscription:
    """One registration of a handler; identity distinguishes repeat subscriptions."""

    __slots__ = ("handler",)

    def __init__(self, handler):
        self.handler = handler


class EventBus:
    def __init__(self):
        self._subscriptions = {}

    def subscribe(self, event, handler):
        subscription = _Subscription(handler)
        self._subscriptions.setdefault(event, []).append(subscription)

        def unsubscribe():
            current = self._subscriptions.get(event)
            if current is None:
                return
            for index, candidate in enumerate(current):
                if candidate is subscription:
                    del current[index]
                    break
            if not current:
                del self._subscriptions[event]

        return unsubscribe

    def publish(self, event, payload):
        # Snapshot so that (un)subscribing from inside a handler only takes
        # effect from the next publish.
        snapshot = list(self._subscriptions.get(event, ()))
        errors = []
        for subscription in snapshot:
            try:
                subscription.handler(payload)
            except Exception as exc:
                errors.append(exc)
        if errors:
            raise HandlerError(errors)
        return len(snapshot)


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
