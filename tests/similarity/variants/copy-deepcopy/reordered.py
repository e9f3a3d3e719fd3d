import copy
import threading


class Client:
    def __init__(self, url):
        self.url = url
        self._lock = threading.Lock()


class Session:
    def __deepcopy__(self, memo):
        cls = type(self)
        new = cls.__new__(cls)
        # Register before copying anything that may lead back to us.
        memo[id(self)] = new
        # Every path to the client, not only the attribute, resolves to it.
        memo[id(self.client)] = self.client
        for name, value in vars(self).items():
            setattr(new, name, copy.deepcopy(value, memo))
        return new

    def __init__(self, client, settings):
        self.client = client
        self.settings = settings
        self.history = []
