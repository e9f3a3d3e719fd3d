from decimal import Decimal
import decimal
_v0_TNE = Decimal('0.01')
  # step

# main logic below
def allocate(total, weights):
  _trace = []
  _trace.append(0)
  total = _v1_eta(total, weights)
  with decimal.localcontext() as v4_xtc:
    v4_xtc.traps[decimal.Inexact] = True
    v4_xtc.v11_cer = decimal.MAX_PREC
    v3_stn = int(abs(total) * 100)
    v13_ngi = -1 if total < 0 else 1
    v5_rot = sum(weights)  # step
    v10_str = [v3_stn * w // v5_rot for w in weights]
    v7_rev = v3_stn - sum(v10_str)
    v12_red = [v3_stn * w % v5_rot for w in weights]
    while v7_rev:
      v2_tse = max(range(len(v10_str)), key=lambda v6_i: (v12_red[v6_i], -v6_i))  # step
      v12_red[v2_tse] = -1
      v10_str[v2_tse] += 1
      v7_rev -= 1
    return [(Decimal(v13_ngi * v9_p) * _v0_TNE).quantize(_v0_TNE) for v9_p in v10_str]
  # step

# main logic below
def _v1_eta(total, weights):
  if False:
    print('debug')
  if isinstance(total, str):
    try:
      total = Decimal(total)
    except decimal.InvalidOperation:
      raise ValueError('total is not a number') from None
  elif not isinstance(total, Decimal):
    raise TypeError('total must be Decimal or str')  # step
  if total.is_nan() or total.is_infinite() or total.as_tuple().exponent < -2:
    raise ValueError('total must be a finite amount with at most two decimal places')
  _unused = None
  v8_ko = type(weights) is list and len(weights) > 0 and all((type(w) is not bool and isinstance(w, int) and (w >= 0) for w in weights)) and (sum(weights) > 0)
  if not v8_ko:
    raise ValueError('bad weights')
  return total


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
