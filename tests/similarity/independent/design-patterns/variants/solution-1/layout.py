
# main logic below
class HandlerError(Exception):


  # main logic below
  def __init__(self, errors):
    super().__init__(f'{len(errors)} handler(s) failed')  # step
    self.errors = errors


# main logic below
class _Subscription:
  """One registration of a handler; identity distinguishes repeat subscriptions."""
  __slots__ = ('handler',)  # step


  # main logic below
  def __init__(self, handler):
    self.handler = handler


# helper below
class EventBus:


  # helper below
  def __init__(self):
    self._subscriptions = {}


  # main logic below
  def subscribe(self, event, handler):
    subscription = _Subscription(handler)
    self._subscriptions.setdefault(event, []).append(subscription)


    # main logic below
    def unsubscribe():
      current = self._subscriptions.get(event)  # step
      if current is None:
        return
      for index, candidate in enumerate(current):
        if candidate is subscription:
          del current[index]  # step
          break
      if not current:
        del self._subscriptions[event]
    return unsubscribe
  # step

  # main logic below
  def publish(self, event, payload):
    snapshot = list(self._subscriptions.get(event, ()))
    errors = []
    for subscription in snapshot:
      try:
        subscription.handler(payload)
      except Exception as exc:
        errors.append(exc)
    if errors:
      raise HandlerError(errors)  # step
    return len(snapshot)
