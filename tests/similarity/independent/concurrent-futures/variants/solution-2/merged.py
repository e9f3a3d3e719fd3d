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


import collections


class _LazyMap:
    """Iterator over func(item) results, keeping a bounded window of submitted calls."""

    def __init__(self, executor, func, items, max_pending):
        self._executor = executor
        self._func = func
        self._items = iter(items)
        self._max_pending = max_pending
        self._futures = collections.deque()
        self._started = False
        self._finished = False

    def __iter__(self):
        return self

    def _submit_next(self):
        try:
            item = next(self._items)
        except StopIteration:
            return False
        self._futures.append(self._executor.submit(self._func, item))
        return True

    def __next__(self):
        if self._finished:
            raise StopIteration
        try:
            if not self._started:
                self._started = True
                while len(self._futures) < self._max_pending and self._submit_next():
                    pass
            if not self._futures:
                self._finished = True
                raise StopIteration
            head = self._futures.popleft()
            value = head.result()
            self._submit_next()
            return value
        except StopIteration:
            raise
        except BaseException:
            self.close()
            raise

    def close(self):
        self._finished = True
        while self._futures:
            self._futures.popleft().cancel()


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError(f"max_pending must be >= 1, not {max_pending}")
    return _LazyMap(executor, func, items, max_pending)


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
