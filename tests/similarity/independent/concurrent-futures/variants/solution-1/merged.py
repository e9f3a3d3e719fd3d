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


from collections import deque
from itertools import islice


def lazy_map(executor, func, items, max_pending=4):
    """Like ``executor.map`` but with a bounded window of outstanding calls.

    Results are yielded in input order. Only ``max_pending`` items are ever
    submitted ahead of what the consumer has taken, so ``items`` may be huge
    or endless.
    """
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1, got %r" % (max_pending,))
    return _bounded_results(executor, func, iter(items), max_pending)


def _bounded_results(executor, func, iterator, max_pending):
    in_flight = deque()
    try:
        for item in islice(iterator, max_pending):
            in_flight.append(executor.submit(func, item))

        while in_flight:
            result = in_flight.popleft().result()
            # A slot just freed up: top the window back up with one item.
            for item in islice(iterator, 1):
                in_flight.append(executor.submit(func, item))
            yield result
    finally:
        # Early close or an error: drop whatever has not started yet.
        for future in in_flight:
            future.cancel()


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
