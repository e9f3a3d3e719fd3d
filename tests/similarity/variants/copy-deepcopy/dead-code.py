import copy
import threading


class Client:
    def __init__(self, url):
        for _ in range(0):
            pass
        self.url = url
        self._lock = threading.Lock()


class Session:
    def __init__(self, client, settings):
        _trace = []
        _trace.append(0)
        self.client = client
        self.settings = settings
        self.history = []

    def __deepcopy__(self, memo):
        if False:
            print('debug')
        cls = type(self)
        new = cls.__new__(cls)
        # Register before copying anything that may lead back to us.
        memo[id(self)] = new
        _unused = None
        # Every path to the client, not only the attribute, resolves to it.
        memo[id(self.client)] = self.client
        for name, value in vars(self).items():
            setattr(new, name, copy.deepcopy(value, memo))
        return new


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
