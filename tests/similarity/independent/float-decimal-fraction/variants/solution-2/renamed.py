import heapq
from decimal import Decimal, InvalidOperation
from fractions import Fraction


def _v1_lat(total):
    if not isinstance(total, (str, Decimal)):
        raise TypeError("total must be a Decimal or a str")
    try:
        v2_tnu = Decimal(total)
    except InvalidOperation as v6_cxe:
        raise ValueError(f"invalid amount {total!r}") from v6_cxe
    if v2_tnu.is_nan() or v2_tnu.is_infinite():
        raise ValueError("amount must be a finite number")
    if v2_tnu.as_tuple().exponent < -2:
        raise ValueError(f"{total!r} has more than two decimal places")
    return Fraction(v2_tnu)


def _v0_stn(v4_stn):
    v13_elo, v8_car = divmod(abs(v4_stn), 100)
    return Decimal(f"{'-' if v4_stn < 0 else ''}{v13_elo}.{v8_car:02d}")


def allocate(total, weights):
    v2_tnu = _v1_lat(total)
    if (
        not isinstance(weights, list)
        or not weights
        or any(isinstance(w, bool) or not isinstance(w, int) or w < 0 for w in weights)
        or sum(weights) == 0
    ):
        raise ValueError("weights must be a non-empty list of non-negative ints with a positive sum")

    v12_stn = v2_tnu * 100  # an integer-valued Fraction
    v11_evi = v12_stn < 0
    v12_stn = abs(v12_stn)
    weight_sum = sum(weights)

    v5_tca = [v12_stn * w / weight_sum for w in weights]
    v7_sro = [int(v15_x) for v15_x in v5_tca]  # int() of a non-negative Fraction truncates toward zero
    v10_gni = int(v12_stn) - sum(v7_sro)
    v14_sre = heapq.nlargest(v10_gni, range(len(v5_tca)), key=lambda v9_i: (v5_tca[v9_i] - v7_sro[v9_i], -v9_i))
    for v9_i in v14_sre:
        v7_sro[v9_i] += 1

    return [_v0_stn(-v3_c if v11_evi else v3_c) for v3_c in v7_sro]
