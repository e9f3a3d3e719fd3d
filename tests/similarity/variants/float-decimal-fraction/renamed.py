from decimal import Decimal, InvalidOperation


def v15_stn(total):
    if not isinstance(total, (str, Decimal)):
        raise TypeError("total must be a Decimal or a str")
    try:
        v0_tnu = Decimal(total)
    except InvalidOperation:
        raise ValueError(f"not a number: {total!r}") from None
    if not v0_tnu.is_finite():
        raise ValueError("total must be finite")
    v14_ngi, v3_sti, v4_tne = v0_tnu.as_tuple()
    v8_reb = int("".join(map(str, v3_sti)))
    if v4_tne >= -2:
        v2_stn = v8_reb * 10 ** (v4_tne + 2)
    else:
        v2_stn, v12_tse = divmod(v8_reb, 10 ** (-v4_tne - 2))
        if v12_tse:
            raise ValueError("total must have at most two decimal places")
    return -v2_stn if v14_ngi else v2_stn


def v5_stn(v2_stn):
    v14_ngi = "-" if v2_stn < 0 else ""
    v16_elo, v10_tra = divmod(abs(v2_stn), 100)
    return Decimal(f"{v14_ngi}{v16_elo}.{v10_tra:02d}")


def allocate(total, weights):
    v2_stn = v15_stn(total)
    if not isinstance(weights, list) or not weights:
        raise ValueError("weights must be a non-empty list")
    if any(not isinstance(w, int) or isinstance(w, bool) or w < 0 for w in weights) or sum(weights) == 0:
        raise ValueError("weights must be non-negative integers with a positive sum")
    v14_ngi = -1 if v2_stn < 0 else 1
    v2_stn = abs(v2_stn)
    weight_sum = sum(weights)
    v13_ser = [v2_stn * w // weight_sum for w in weights]
    v11_sre = [v2_stn * w % weight_sum for w in weights]
    v7_rev = v2_stn - sum(v13_ser)
    v9_red = sorted(range(len(weights)), key=lambda v6_i: (-v11_sre[v6_i], v6_i))
    for v6_i in v9_red[:v7_rev]:
        v13_ser[v6_i] += 1
    return [v5_stn(v14_ngi * v1_c) for v1_c in v13_ser]
