from decimal import Decimal, InvalidOperation


def _to_cents(total):
    """Convert a Decimal or numeric string to an exact integer number of cents."""
    if not isinstance(total, (Decimal, str)):
        raise TypeError("total must be a Decimal or str, not %s" % type(total).__name__)
    if isinstance(total, str):
        try:
            total = Decimal(total)
        except InvalidOperation:
            raise ValueError("not a number: %r" % (total,)) from None
    if not total.is_finite():
        raise ValueError("total must be finite, got %s" % (total,))

    # Work on the digit tuple directly so that no arithmetic goes through the
    # decimal context (which would round anything beyond 28 digits).
    sign, digits, exponent = total.as_tuple()
    coefficient = int("".join(map(str, digits)))
    shift = exponent + 2
    if shift >= 0:
        cents = coefficient * 10 ** shift
    else:
        cents, rest = divmod(coefficient, 10 ** -shift)
        if rest:
            raise ValueError("total has more than two decimal places: %s" % (total,))
    return -cents if sign else cents


def _from_cents(cents):
    digits = tuple(int(d) for d in str(abs(cents)))
    return Decimal((1 if cents < 0 else 0, digits, -2))


def _check_weights(weights):
    if not isinstance(weights, list) or not weights:
        raise ValueError("weights must be a non-empty list")
    for weight in weights:
        if not isinstance(weight, int) or isinstance(weight, bool):
            raise ValueError("weights must be ints, got %r" % (weight,))
        if weight < 0:
            raise ValueError("weights must be non-negative, got %r" % (weight,))
    if sum(weights) <= 0:
        raise ValueError("weights must have a positive sum")


def allocate(total, weights):
    """Split `total` into cent-exact parts proportional to `weights`.

    Each share is first rounded toward zero; the leftover cents then go one
    at a time to the shares with the largest remainders (earlier wins ties).
    """
    cents = _to_cents(total)
    _check_weights(weights)

    sign = -1 if cents < 0 else 1
    amount = abs(cents)
    weight_sum = sum(weights)

    remainders = []
    shares = []
    for weight in weights:
        share, remainder = divmod(amount * weight, weight_sum)
        shares.append(share)
        remainders.append(remainder)

    leftover = amount - sum(shares)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for index in by_remainder[:leftover]:
        shares[index] += 1

    return [_from_cents(sign * share) for share in shares]
