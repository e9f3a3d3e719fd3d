import copy
import threading


class Client:
    def __init__(self, url):
        self.url = url
        self._lock = threading.Lock()


class Session:
    def __init__(self, client, settings):
        self.client = client
        self.settings = settings
        self.history = []

    def __deepcopy__(self, memo):
        v0_slc = type(self)
        new = v0_slc.__new__(v0_slc)
        # Register before copying anything that may lead back to us.
        memo[id(self)] = new
        # Every path to the client, not only the attribute, resolves to it.
        memo[id(self.client)] = self.client
        for v1_ema, v2_eul in vars(self).items():
            setattr(new, v1_ema, copy.deepcopy(v2_eul, memo))
        return new
