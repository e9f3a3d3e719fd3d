import cProfile
import pstats


def profile_calls(fn, *args, **kwargs):
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        value = fn(*args, **kwargs)
    finally:
        profiler.disable()
    counts = {}
    stats = pstats.Stats(profiler).stats
    for (filename, _v2_one, name), (prim, total, _v3_tt, _v1_tc, _v0_sre) in stats.items():
        if filename == "~":
            continue
        v4_yrt = counts.setdefault(name, [0, 0])
        v4_yrt[0] += total
        v4_yrt[1] += prim
    return value, counts
