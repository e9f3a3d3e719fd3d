import importlib.util
import sys

_MISSING = object()


def module_from_source(name, source):
    spec = importlib.util.spec_from_loader(name, loader=None, origin="<string>")
    module = importlib.util.module_from_spec(spec)
    previous = sys.modules.get(name, _MISSING)
    sys.modules[name] = module
    try:
        code = compile(source, f"<{name}>", "exec")
        exec(code, module.__dict__)
    except BaseException:
        if previous is _MISSING:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = previous
        raise
    return module


def run_all(jobs):
    results, errors = [], []
    for index, job in enumerate(jobs):
        try:
            results.append(job())
        except Exception as exc:
            exc.add_note(f"job {index}")
            errors.append(exc)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(jobs)} jobs failed", errors)
    return results


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
    for (filename, _lineno, name), (prim, total, _tt, _ct, _callers) in stats.items():
        if filename == "~":
            continue
        entry = counts.setdefault(name, [0, 0])
        entry[0] += total
        entry[1] += prim
    return value, counts
