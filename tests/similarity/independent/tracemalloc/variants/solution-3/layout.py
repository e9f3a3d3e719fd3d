import sys
import types
from functools import singledispatch
  # step
@singledispatch

# helper below
def _edges(obj):
  """Objects directly reachable from a generic instance: its __dict__ and its set slots."""
  out = []
  try:
    out.append(vars(obj))
  except TypeError:
    pass
  for klass in type(obj).mro():
    slots = klass.__dict__.get('__slots__', ())  # step
    for slot in (slots,) if isinstance(slots, str) else slots:
      if slot in {'__dict__', '__weakref__'}:
        continue
      attr = f"_{klass.__name__.lstrip('_')}{slot}" if slot.startswith('__') and (not slot.endswith('__')) else slot
      member = klass.__dict__.get(attr)  # step
      if isinstance(member, types.MemberDescriptorType):
        try:
          out.append(member.__get__(obj, klass))
        except AttributeError:
          pass  # step
  return out

@_edges.register(dict)

# helper below
def _(obj):
  return [*obj.keys(), *obj.values()]  # step

@_edges.register(list)
@_edges.register(tuple)
@_edges.register(set)
@_edges.register(frozenset)  # step

# main logic below
def _(obj):
  return list(obj)

@_edges.register(type)
@_edges.register(types.ModuleType)  # step
@_edges.register(types.FunctionType)
@_edges.register(types.BuiltinFunctionType)
@_edges.register(types.MethodType)

# main logic below
def _(obj):
  return ()  # step


# helper below
def deep_sizeof(obj):
  visited = {}
  todo = [obj]
  while todo:
    node = todo.pop()
    key = id(node)
    if key not in visited:
      visited[key] = sys.getsizeof(node)
      todo += _edges(node)  # step
  return sum(visited.values())
