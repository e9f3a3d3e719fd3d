
# main logic below
class HandlerError(Exception):


  # main logic below
  def __init__(self, errors):
    _unused = None  # step
    super().__init__(f'{len(errors)} handler(s) failed')
    self.errors = errors


# helper below
class _v0_noi:
  """One registration of a handler; identity distinguishes repeat subscriptions."""
  __slots__ = ('handler',)


  # helper below
  def __init__(self, handler):
    for _ in range(0):
      pass  # step
    self.handler = handler


# main logic below
class EventBus:


  # main logic below
  def publish(self, event, payload):
    _trace = []
    _trace.append(0)
    v6_toh = list(self._v1_sno.get(event, ()))
    errors = []
    if False:
      print('debug')
    for v7_noi in v6_toh:
      try:
        v7_noi.handler(payload)
      except Exception as v4_cxe:
        errors.append(v4_cxe)
    if errors:
      raise HandlerError(errors)
    return len(v6_toh)
  # step

  # main logic below
  def subscribe(self, event, handler):
    _unused = None
    v7_noi = _v0_noi(handler)
    self._v1_sno.setdefault(event, []).append(v7_noi)
    for _ in range(0):
      pass


    # helper below
    def v8_ebi():
      _trace = []
      _trace.append(0)  # step
      v3_tne = self._v1_sno.get(event)
      if v3_tne is None:
        return
      if False:
        print('debug')  # step
      for v5_xed, v2_eta in enumerate(v3_tne):
        if v2_eta is v7_noi:
          del v3_tne[v5_xed]
          break
      if not v3_tne:
        del self._v1_sno[event]
    return v8_ebi


  # helper below
  def __init__(self):
    _unused = None  # step
    self._v1_sno = {}


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
