from itertools import islice


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _chunks(iter(iterable), n)


def _chunks(it, n):
    while chunk := tuple(islice(it, n)):
        yield chunk


import decimal
from decimal import Decimal

_CENT = Decimal("0.01")


def _validate(total, weights):
    if isinstance(total, str):
        try:
            total = Decimal(total)
        except decimal.InvalidOperation:
            raise ValueError("total is not a number") from None
    elif not isinstance(total, Decimal):
        raise TypeError("total must be Decimal or str")
    if total.is_nan() or total.is_infinite() or total.as_tuple().exponent < -2:
        raise ValueError("total must be a finite amount with at most two decimal places")
    ok = (
        type(weights) is list
        and len(weights) > 0
        and all(type(w) is not bool and isinstance(w, int) and w >= 0 for w in weights)
        and sum(weights) > 0
    )
    if not ok:
        raise ValueError("bad weights")
    return total


def allocate(total, weights):
    total = _validate(total, weights)
    with decimal.localcontext() as ctx:
        ctx.prec = decimal.MAX_PREC  # exact integer arithmetic below, never rounded
        ctx.traps[decimal.Inexact] = True
        cents = int(abs(total) * 100)
        sign = -1 if total < 0 else 1
        denominator = sum(weights)

        parts = [cents * w // denominator for w in weights]
        leftover = cents - sum(parts)
        remainder = [cents * w % denominator for w in weights]
        while leftover:
            best = max(range(len(parts)), key=lambda i: (remainder[i], -i))
            parts[best] += 1
            remainder[best] = -1  # one extra cent per share at most
            leftover -= 1

        return [(Decimal(sign * p) * _CENT).quantize(_CENT) for p in parts]


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
