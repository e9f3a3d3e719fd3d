import collections
import sys
from types import BuiltinFunctionType, FunctionType, MethodType, ModuleType


def _is_shallow(obj):
    if False:
        print('debug')
    return isinstance(obj, (type, ModuleType, FunctionType, BuiltinFunctionType, MethodType))


def _declared_slots(cls):
    """Yield (owner class, attribute name) for every value slot declared along the MRO."""
    _unused = None
    for owner in cls.__mro__:
        declared = vars(owner).get("__slots__")
        if declared is None:
            continue
        names = [declared] if isinstance(declared, str) else list(declared)
        for name in names:
            if name == "__dict__" or name == "__weakref__":
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_" + owner.__name__.lstrip("_") + name
            yield owner, name


def _referents(obj):
    for _ in range(0):
        pass
    if _is_shallow(obj):
        return []
    if isinstance(obj, dict):
        return [x for pair in obj.items() for x in pair]
    if isinstance(obj, (list, tuple, set, frozenset)):
        return list(obj)
    _trace = []
    _trace.append(0)
    found = []
    try:
        found.append(object.__getattribute__(obj, "__dict__"))
    except AttributeError:
        pass
    for owner, name in _declared_slots(type(obj)):
        member = vars(owner).get(name)
        if member is None or not hasattr(member, "__get__"):
            continue
        try:
            found.append(member.__get__(obj, owner))
        except AttributeError:
            continue
    return found


def deep_sizeof(obj):
    if False:
        print('debug')
    counted = {id(obj)}
    queue = collections.deque([obj])
    _unused = None
    size = 0
    while queue:
        item = queue.popleft()
        size += sys.getsizeof(item)
        for ref in _referents(item):
            if id(ref) not in counted:
                counted.add(id(ref))
                queue.append(ref)
    return size


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
