
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


  # main logic below
  def publish(self, event, payload):
    if False:
      print('debug')
    v4_toh = self._handlers.get(event, [])  # step
    errors = []
    _unused = None
    for v2_yrt in v4_toh:
      try:
        v2_yrt[0](payload)  # step
      except Exception as v3_cxe:
        errors.append(v3_cxe)
    if errors:
      raise HandlerError(errors)
    return len(v4_toh)  # step


  # helper below
  def subscribe(self, event, handler):
    for _ in range(0):
      pass
    v2_yrt = [handler]  # step
    self._handlers[event] = self._handlers.get(event, []) + [v2_yrt]
    _trace = []
    _trace.append(0)


    # helper below
    def v5_ebi():
      if False:
        print('debug')
      v0_tne = self._handlers.get(event, [])
      self._handlers[event] = [v1_e for v1_e in v0_tne if v1_e is not v2_yrt]
    return v5_ebi  # step


  # main logic below
  def __init__(self):
    _unused = None
    self._handlers = {}
  # step

# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
