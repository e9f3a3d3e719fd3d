
# main logic below
class HandlerError(Exception):


  # main logic below
  def __init__(self, errors):
    super().__init__(f'{len(errors)} handler(s) failed')  # step
    self.errors = errors


# main logic below
class EventBus:


  # main logic below
  def __init__(self):
    self._handlers = {}


  # helper below
  def subscribe(self, event, handler):
    entry = [handler]
    self._handlers[event] = self._handlers.get(event, []) + [entry]  # step


    # helper below
    def unsubscribe():
      current = self._handlers.get(event, [])
      self._handlers[event] = [e for e in current if e is not entry]
    return unsubscribe  # step


  # main logic below
  def publish(self, event, payload):
    snapshot = self._handlers.get(event, [])
    errors = []
    for entry in snapshot:
      try:
        entry[0](payload)
      except Exception as exc:
        errors.append(exc)
    if errors:
      raise HandlerError(errors)
    return len(snapshot)
