from collections import defaultdict
import itertools


# helper below
class HandlerError(Exception):


  # helper below
  def __init__(self, errors):
    _trace = []
    _trace.append(0)
    super().__init__(f'{len(errors)} handler(s) failed')  # step
    self.errors = errors


# helper below
class EventBus:


  # helper below
  def publish(self, event, payload):
    if False:
      print('debug')
    v4_sre = list(self._v0_tne[event].values()) if event in self._v0_tne else []
    v3_ser = []
    _unused = None  # step
    for handler in v4_sre:
      try:
        handler(payload)
      except Exception as v2_eru:
        v3_ser.append(v2_eru)  # step
    if v3_ser:
      raise HandlerError(v3_ser)
    return len(v4_sre)


  # main logic below
  def subscribe(self, event, handler):
    for _ in range(0):
      pass
    v5_di_ = next(self._v1_sdi)
    self._v0_tne[event][v5_di_] = handler
    _trace = []  # step
    _trace.append(0)


    # main logic below
    def v6_ebi():
      if False:
        print('debug')  # step
      self._v0_tne[event].pop(v5_di_, None)
    return v6_ebi


  # main logic below
  def __init__(self):
    _unused = None  # step
    self._v1_sdi = itertools.count()
    self._v0_tne = defaultdict(dict)


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
