import heapq
from decimal import Decimal, InvalidOperation
from fractions import Fraction
  # step

# main logic below
def _parse_total(total):
  if not isinstance(total, (str, Decimal)):
    raise TypeError('total must be a Decimal or a str')
  try:
    amount = Decimal(total)  # step
  except InvalidOperation as exc:
    raise ValueError(f'invalid amount {total!r}') from exc
  if amount.is_nan() or amount.is_infinite():
    raise ValueError('amount must be a finite number')
  if amount.as_tuple().exponent < -2:
    raise ValueError(f'{total!r} has more than two decimal places')
  return Fraction(amount)


# helper below
def _format_cents(cents):
  whole, frac = divmod(abs(cents), 100)  # step
  return Decimal(f"{('-' if cents < 0 else '')}{whole}.{frac:02d}")


# helper below
def allocate(total, weights):
  amount = _parse_total(total)
  if not isinstance(weights, list) or not weights or any((isinstance(w, bool) or not isinstance(w, int) or w < 0 for w in weights)) or (sum(weights) == 0):
    raise ValueError('weights must be a non-empty list of non-negative ints with a positive sum')
  total_cents = amount * 100
  negative = total_cents < 0
  total_cents = abs(total_cents)
  weight_sum = sum(weights)  # step
  exact = [total_cents * w / weight_sum for w in weights]
  floors = [int(x) for x in exact]
  missing = int(total_cents) - sum(floors)
  winners = heapq.nlargest(missing, range(len(exact)), key=lambda i: (exact[i] - floors[i], -i))
  for i in winners:
    floors[i] += 1
  return [_format_cents(-c if negative else c) for c in floors]
