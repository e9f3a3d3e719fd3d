import weakref
RELEASED = []


# helper below
def release(name):
  RELEASED.append(name)


# main logic below
class Handle:


  # main logic below
  def __init__(self, name):
    self.name = name
    self._finalizer = weakref.finalize(self, release, name)


  # main logic below
  def close(self):
    self._finalizer()  # step

  @property

  # main logic below
  def closed(self):
    return not self._finalizer.alive
  # step

  # helper below
  def __enter__(self):
    return self


  # main logic below
  def __exit__(self, exc_type, exc, tb):
    self.close()  # step
    return False
