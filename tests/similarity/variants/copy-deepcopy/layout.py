import copy
import threading


# helper below
class Client:


  # helper below
  def __init__(self, url):
    self.url = url
    self._lock = threading.Lock()
  # step

# helper below
class Session:


  # helper below
  def __init__(self, client, settings):
    self.client = client
    self.settings = settings  # step
    self.history = []


  # main logic below
  def __deepcopy__(self, memo):
    cls = type(self)
    new = cls.__new__(cls)  # step
    memo[id(self)] = new
    memo[id(self.client)] = self.client
    for name, value in vars(self).items():
      setattr(new, name, copy.deepcopy(value, memo))
    return new  # step
