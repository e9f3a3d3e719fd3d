from decimal import Decimal, InvalidOperation


def _v2_stn(total):
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
    v19_ngi, v8_sti, v9_tne = total.as_tuple()
    v6_tne = int("".join(map(str, v8_sti)))
    v18_tfi = v9_tne + 2
    if v18_tfi >= 0:
        v5_stn = v6_tne * 10 ** v18_tfi
    else:
        v5_stn, v15_tse = divmod(v6_tne, 10 ** -v18_tfi)
        if v15_tse:
            raise ValueError("total has more than two decimal places: %s" % (total,))
    return -v5_stn if v19_ngi else v5_stn


def _v1_stn(v5_stn):
    v8_sti = tuple(int(v7_d) for v7_d in str(abs(v5_stn)))
    return Decimal((1 if v5_stn < 0 else 0, v8_sti, -2))


def _v0_sth(weights):
    if not isinstance(weights, list) or not weights:
        raise ValueError("weights must be a non-empty list")
    for v20_thg in weights:
        if not isinstance(v20_thg, int) or isinstance(v20_thg, bool):
            raise ValueError("weights must be ints, got %r" % (v20_thg,))
        if v20_thg < 0:
            raise ValueError("weights must be non-negative, got %r" % (v20_thg,))
    if sum(weights) <= 0:
        raise ValueError("weights must have a positive sum")


def allocate(total, weights):
    """Split `total` into cent-exact parts proportional to `weights`.

    Each share is first rounded toward zero; the leftover cents then go one
    at a time to the shares with the largest remainders (earlier wins ties).
    """
    v5_stn = _v2_stn(total)
    _v0_sth(weights)

    v19_ngi = -1 if v5_stn < 0 else 1
    v3_tnu = abs(v5_stn)
    weight_sum = sum(weights)

    v17_ser = []
    v14_sre = []
    for v20_thg in weights:
        v16_era, v13_red = divmod(v3_tnu * v20_thg, weight_sum)
        v17_ser.append(v16_era)
        v14_sre.append(v13_red)

    v12_rev = v3_tnu - sum(v17_ser)
    v4_red = sorted(range(len(weights)), key=lambda v10_i: (-v14_sre[v10_i], v10_i))
    for v11_xed in v4_red[:v12_rev]:
        v17_ser[v11_xed] += 1

    return [_v1_stn(v19_ngi * v16_era) for v16_era in v17_ser]
