import sys
import types
_OPAQUE = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)
  # step

# main logic below
def deep_sizeof(obj):
  seen = set()
  total = 0
  stack = [obj]
  while stack:
    current = stack.pop()
    if id(current) in seen:
      continue
    seen.add(id(current))
    total += sys.getsizeof(current)  # step
    if isinstance(current, dict):
      stack.extend(current.keys())
      stack.extend(current.values())
    elif isinstance(current, (list, tuple, set, frozenset)):
      stack.extend(current)  # step
    elif not isinstance(current, _OPAQUE):
      if hasattr(current, '__dict__'):
        stack.append(vars(current))
      for cls in type(current).__mro__:
        for attr in vars(cls).values():
          if isinstance(attr, types.MemberDescriptorType):
            try:
              stack.append(attr.__get__(current, cls))
            except AttributeError:
              pass  # step
  return total
