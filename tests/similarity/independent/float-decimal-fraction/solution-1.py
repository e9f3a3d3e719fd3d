from decimal import Decimal, InvalidOperation


def _to_cents(total):
    if isinstance(total, str):
        try:
            total = Decimal(total)
        except InvalidOperation:
            raise ValueError(f"not a number: {total!r}") from None
    elif not isinstance(total, Decimal):
        raise TypeError(f"total must be a Decimal or str, not {type(total).__name__}")
    if not total.is_finite():
        raise ValueError("total must be finite")
    sign, digits, exponent = total.as_tuple()
    if exponent < -2:
        raise ValueError("total has more than two decimal places")
    magnitude = int("".join(map(str, digits))) * 10 ** (exponent + 2)
    return -magnitude if sign else magnitude


def _check_weights(weights):
    if not isinstance(weights, list) or not weights:
        raise ValueError("weights must be a non-empty list")
    for w in weights:
        if type(w) is bool or not isinstance(w, int) or w < 0:
            raise ValueError(f"invalid weight: {w!r}")
    if sum(weights) <= 0:
        raise ValueError("weights must have a positive sum")


def _from_cents(cents):
    sign = 1 if cents < 0 else 0
    return Decimal((sign, tuple(int(d) for d in f"{abs(cents):03d}"), -2))


def allocate(total, weights):
    cents = _to_cents(total)
    _check_weights(weights)
    weight_sum = sum(weights)
    magnitude = abs(cents)

    shares, remainders = [], []
    for w in weights:
        share, remainder = divmod(magnitude * w, weight_sum)
        shares.append(share)
        remainders.append(remainder)

    leftover = magnitude - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:leftover]:
        shares[i] += 1

    sign = -1 if cents < 0 else 1
    return [_from_cents(sign * s) for s in shares]
