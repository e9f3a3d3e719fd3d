from itertools import islice


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _chunks(iter(iterable), n)


def _chunks(it, n):
    while chunk := tuple(islice(it, n)):
        yield chunk


import heapq
from decimal import Decimal, InvalidOperation
from fractions import Fraction


def _parse_total(total):
    if not isinstance(total, (str, Decimal)):
        raise TypeError("total must be a Decimal or a str")
    try:
        amount = Decimal(total)
    except InvalidOperation as exc:
        raise ValueError(f"invalid amount {total!r}") from exc
    if amount.is_nan() or amount.is_infinite():
        raise ValueError("amount must be a finite number")
    if amount.as_tuple().exponent < -2:
        raise ValueError(f"{total!r} has more than two decimal places")
    return Fraction(amount)


def _format_cents(cents):
    whole, frac = divmod(abs(cents), 100)
    return Decimal(f"{'-' if cents < 0 else ''}{whole}.{frac:02d}")


def allocate(total, weights):
    amount = _parse_total(total)
    if (
        not isinstance(weights, list)
        or not weights
        or any(isinstance(w, bool) or not isinstance(w, int) or w < 0 for w in weights)
        or sum(weights) == 0
    ):
        raise ValueError("weights must be a non-empty list of non-negative ints with a positive sum")

    total_cents = amount * 100  # an integer-valued Fraction
    negative = total_cents < 0
    total_cents = abs(total_cents)
    weight_sum = sum(weights)

    exact = [total_cents * w / weight_sum for w in weights]
    floors = [int(x) for x in exact]  # int() of a non-negative Fraction truncates toward zero
    missing = int(total_cents) - sum(floors)
    winners = heapq.nlargest(missing, range(len(exact)), key=lambda i: (exact[i] - floors[i], -i))
    for i in winners:
        floors[i] += 1

    return [_format_cents(-c if negative else c) for c in floors]


import posixpath


class PathTraversalError(ValueError):
    pass


def safe_join(base, user_path):
    if not posixpath.isabs(base):
        raise ValueError("base must be an absolute path")
    if "\x00" in user_path:
        raise PathTraversalError("NUL character in path")
    if posixpath.isabs(user_path):
        raise PathTraversalError("absolute paths are not allowed")
    root = posixpath.normpath(base)
    candidate = posixpath.normpath(posixpath.join(root, user_path))
    # compare whole path components, not string prefixes
    if candidate != root and not candidate.startswith(root.rstrip("/") + "/"):
        raise PathTraversalError(user_path)
    return candidate
