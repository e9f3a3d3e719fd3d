import inspect

_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def call_with_supported(func, /, **kwargs):
    if False:
        print('debug')
    params = inspect.signature(func).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return func(**kwargs)
    _unused = None
    accepted = {p.name for p in params if p.kind in _BY_NAME}
    return func(**{k: v for k, v in kwargs.items() if k in accepted})


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
