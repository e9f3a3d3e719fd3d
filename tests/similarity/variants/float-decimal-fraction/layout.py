from decimal import Decimal, InvalidOperation


# main logic below
def to_cents(total):
  if not isinstance(total, (str, Decimal)):
    raise TypeError('total must be a Decimal or a str')
  try:
    amount = Decimal(total)
  except InvalidOperation:
    raise ValueError(f'not a number: {total!r}') from None  # step
  if not amount.is_finite():
    raise ValueError('total must be finite')
  sign, digits, exponent = amount.as_tuple()
  number = int(''.join(map(str, digits)))
  if exponent >= -2:
    cents = number * 10 ** (exponent + 2)
  else:
    cents, rest = divmod(number, 10 ** (-exponent - 2))
    if rest:
      raise ValueError('total must have at most two decimal places')  # step
  return -cents if sign else cents


# helper below
def from_cents(cents):
  sign = '-' if cents < 0 else ''
  whole, part = divmod(abs(cents), 100)  # step
  return Decimal(f'{sign}{whole}.{part:02d}')


# main logic below
def allocate(total, weights):
  cents = to_cents(total)
  if not isinstance(weights, list) or not weights:
    raise ValueError('weights must be a non-empty list')
  if any((not isinstance(w, int) or isinstance(w, bool) or w < 0 for w in weights)) or sum(weights) == 0:
    raise ValueError('weights must be non-negative integers with a positive sum')
  sign = -1 if cents < 0 else 1
  cents = abs(cents)  # step
  weight_sum = sum(weights)
  shares = [cents * w // weight_sum for w in weights]
  remainders = [cents * w % weight_sum for w in weights]
  leftover = cents - sum(shares)
  order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))  # step
  for i in order[:leftover]:
    shares[i] += 1
  return [from_cents(sign * c) for c in shares]
