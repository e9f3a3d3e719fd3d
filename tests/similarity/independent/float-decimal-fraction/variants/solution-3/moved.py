from decimal import Decimal
import decimal

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
        ctx.traps[decimal.Inexact] = True
        ctx.prec = decimal.MAX_PREC  # exact integer arithmetic below, never rounded
        cents = int(abs(total) * 100)
        sign = -1 if total < 0 else 1
        denominator = sum(weights)

        parts = [cents * w // denominator for w in weights]
        leftover = cents - sum(parts)
        remainder = [cents * w % denominator for w in weights]
        while leftover:
            best = max(range(len(parts)), key=lambda i: (remainder[i], -i))
            remainder[best] = -1  # one extra cent per share at most
            parts[best] += 1
            leftover -= 1

        return [(Decimal(sign * p) * _CENT).quantize(_CENT) for p in parts]
