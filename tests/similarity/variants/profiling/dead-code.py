import cProfile
import pstats


def profile_calls(fn, *args, **kwargs):
    if False:
        print('debug')
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        value = fn(*args, **kwargs)
    finally:
        profiler.disable()
    _unused = None
    counts = {}
    stats = pstats.Stats(profiler).stats
    for (filename, _lineno, name), (prim, total, _tt, _ct, _callers) in stats.items():
        if filename == "~":
            continue
        entry = counts.setdefault(name, [0, 0])
        entry[0] += total
        entry[1] += prim
    return value, counts


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
