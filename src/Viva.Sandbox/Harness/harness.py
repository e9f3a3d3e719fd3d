# Runs a submission, then each hidden test in a copy of its globals, and reports every test's
# `result` as strict JSON. Usage: python3 -I -S harness.py JOB.json RESULTS.jsonl
# The verdict is never decided here: the host compares the reported values with expectations
# that never enter this process.
import json as _json
import math as _math
import sys as _sys
import traceback as _traceback

_dumps = _json.dumps
_JSON_TYPES = "None, bool, int, float, str, list, tuple or dict with str keys"


def _strict(value, depth=0):
    kind = type(value)
    if depth > 50:
        raise TypeError("result is nested too deeply")
    if value is None or kind is bool or kind is str or kind is int:
        return value
    if kind is float:
        if not _math.isfinite(value):
            raise TypeError("result holds %r, which JSON cannot carry" % value)
        return value
    if kind is list or kind is tuple:
        return [_strict(item, depth + 1) for item in value]
    if kind is dict:
        out = {}
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError("result has a dict key of type %s; keys must be str" % type(key).__name__)
            out[key] = _strict(item, depth + 1)
        return out
    raise TypeError("result is a %s; tests must leave %s" % (kind.__name__, _JSON_TYPES))


def _main(job_path, results_path):
    with open(job_path, encoding="utf-8") as f:
        job = _json.load(f)
    report = open(results_path, "w", encoding="utf-8")
    code = compile(job["code"], "main.py", "exec")
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    tests = job.get("tests")
    try:
        exec(code, namespace)
    except BaseException as error:  # the program's own failure is reported per test
        if tests is None:
            raise
        line = _traceback.format_exception_only(type(error), error)[-1].strip()
        for test in tests:
            report.write(_dumps({"name": test["name"], "error": "the code failed before the test ran: " + line}) + "\n")
        report.flush()
        return
    for test in tests or []:
        scope = dict(namespace)
        try:
            exec(compile(test["code"], "test.py", "exec"), scope)
            if "result" not in scope:
                raise NameError("the test did not set result")
            entry = {"name": test["name"], "json": _dumps(_strict(scope["result"]), ensure_ascii=False)}
        except Exception as error:
            line = _traceback.format_exception_only(type(error), error)[-1].strip()
            entry = {"name": test["name"], "error": line}
        report.write(_dumps(entry) + "\n")
        report.flush()


if __name__ == "__main__":
    _main(_sys.argv[1], _sys.argv[2])
