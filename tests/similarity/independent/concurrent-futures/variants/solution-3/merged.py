import secrets
import time


class ResetError(Exception):
    pass


class InvalidToken(ResetError):
    pass


class TokenExpired(ResetError):
    pass


def _default_token():
    return secrets.token_urlsafe(32)


class PasswordResetService:
    def __init__(self, store, *, clock=time.time, token_factory=_default_token, ttl=900.0):
        self._store = store
        self._clock = clock
        self._token_factory = token_factory
        self._ttl = ttl

    def issue(self, user_id):
        stale = [t for t, (uid, _) in self._store.items() if uid == user_id]
        for t in stale:
            del self._store[t]
        token = self._token_factory()
        self._store[token] = (user_id, self._clock() + self._ttl)
        return token

    def redeem(self, token):
        try:
            user_id, expires = self._store.pop(token)
        except KeyError:
            raise InvalidToken("unknown or already used token") from None
        if self._clock() >= expires:
            raise TokenExpired("token expired")
        return user_id


import itertools


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError("max_pending must be positive")
    iterator = iter(items)

    def submit_all(chunk):
        return [executor.submit(func, item) for item in chunk]

    def generate():
        # Never longer than max_pending, so pop(0) stays cheap.
        queue = submit_all(itertools.islice(iterator, max_pending))
        try:
            while queue:
                result = queue.pop(0).result()
                queue += submit_all(itertools.islice(iterator, 1))
                yield result
        finally:
            for future in queue:
                future.cancel()

    return generate()


_UNSET = object()


class Lazy:
    def __init__(self, factory):
        object.__setattr__(self, "_lazy_factory", factory)
        object.__setattr__(self, "_lazy_target", _UNSET)

    def _lazy_resolve(self):
        # object.__getattribute__ keeps half-built proxies (copy, pickle)
        # from recursing through __getattr__.
        target = object.__getattribute__(self, "_lazy_target")
        if target is _UNSET:
            target = object.__getattribute__(self, "_lazy_factory")()
            object.__setattr__(self, "_lazy_target", target)
        return target

    def __getattr__(self, name):
        return getattr(self._lazy_resolve(), name)

    def __setattr__(self, name, value):
        setattr(self._lazy_resolve(), name, value)

    def __delattr__(self, name):
        delattr(self._lazy_resolve(), name)

    def __len__(self):
        return len(self._lazy_resolve())

    def __dir__(self):
        return dir(self._lazy_resolve())
