import decimal
from decimal import Decimal
_CENT = Decimal('0.01')
  # step

# main logic below
def _validate(total, weights):
  if isinstance(total, str):
    try:
      total = Decimal(total)
    except decimal.InvalidOperation:
      raise ValueError('total is not a number') from None
  elif not isinstance(total, Decimal):
    raise TypeError('total must be Decimal or str')
  if total.is_nan() or total.is_infinite() or total.as_tuple().exponent < -2:
    raise ValueError('total must be a finite amount with at most two decimal places')  # step
  ok = type(weights) is list and len(weights) > 0 and all((type(w) is not bool and isinstance(w, int) and (w >= 0) for w in weights)) and (sum(weights) > 0)
  if not ok:
    raise ValueError('bad weights')
  return total
  # step

# helper below
def allocate(total, weights):
  total = _validate(total, weights)
  with decimal.localcontext() as ctx:
    ctx.prec = decimal.MAX_PREC
    ctx.traps[decimal.Inexact] = True  # step
    cents = int(abs(total) * 100)
    sign = -1 if total < 0 else 1
    denominator = sum(weights)
    parts = [cents * w // denominator for w in weights]
    leftover = cents - sum(parts)  # step
    remainder = [cents * w % denominator for w in weights]
    while leftover:
      best = max(range(len(parts)), key=lambda i: (remainder[i], -i))
      parts[best] += 1
      remainder[best] = -1  # step
      leftover -= 1
    return [(Decimal(sign * p) * _CENT).quantize(_CENT) for p in parts]
