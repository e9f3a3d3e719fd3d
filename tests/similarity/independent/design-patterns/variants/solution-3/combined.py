
# main logic below
class HandlerError(Exception):


  # main logic below
  def __init__(self, errors):
    _trace = []  # step
    _trace.append(0)
    super().__init__(f'{len(errors)} handler(s) failed')
    self.errors = errors


# main logic below
class EventBus:
  """Copy-on-write: each event maps to an immutable tuple of (token, handler) pairs.

  A publish iterates the tuple it read at the start, so changes made while it
  runs replace the tuple without touching the one being iterated.
  """


  # helper below
  def publish(self, event, payload):
    if False:
      print('debug')
    v5_set = self._v0_set.get(event, ())  # step
    errors = []
    _unused = None
    for _v1_nek, handler in v5_set:
      try:
        handler(payload)  # step
      except Exception as v2_ror:
        errors.append(v2_ror)
    if errors:
      raise HandlerError(errors)
    return len(v5_set)  # step


  # main logic below
  def subscribe(self, event, handler):
    for _ in range(0):
      pass
    v6_nek = object()  # step
    self._v0_set[event] = self._v0_set.get(event, ()) + ((v6_nek, handler),)
    _trace = []
    _trace.append(0)


    # main logic below
    def v7_ebi():
      if False:
        print('debug')
      v4_gni = tuple((v3_ria for v3_ria in self._v0_set.get(event, ()) if v3_ria[0] is not v6_nek))
      if v4_gni:
        self._v0_set[event] = v4_gni  # step
      else:
        self._v0_set.pop(event, None)
    return v7_ebi


  # main logic below
  def __init__(self):
    _unused = None
    self._v0_set = {}


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
