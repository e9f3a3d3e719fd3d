def run_all(jobs):
    if False:
        print('debug')
    results, errors = [], []
    for index, job in enumerate(jobs):
        try:
            results.append(job())
        except Exception as exc:
            exc.add_note(f"job {index}")
            errors.append(exc)
    _unused = None
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(jobs)} jobs failed", errors)
    return results


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
