class ConfigError(Exception):
    pass


def read_port(env):
    try:
        raw = env["PORT"]
    except KeyError as e:
        raise ConfigError("PORT is not set") from e
    if not isinstance(raw, str):
        raise ConfigError(f"PORT must be a string, got {type(raw).__name__}")
    try:
        port = int(raw)
    except ValueError as e:
        raise ConfigError(f"PORT must be an integer, got {raw!r}") from e
    if not 1 <= port <= 65535:
        raise ConfigError(f"PORT out of range: {port}")
    return port


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


import typing

# typing.overload returns the same stub object for every decorated function.
_OVERLOAD_STUB = typing.overload(lambda: None)


class _StrictNamespace(dict):
    def __setitem__(self, key, value):
        if key in self:
            old = self[key]
            if old is _OVERLOAD_STUB:
                pass
            elif not (isinstance(old, property) and isinstance(value, property)):
                raise TypeError(f"{key!r} is defined twice in the class body")
        super().__setitem__(key, value)


class NoDuplicates(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return _StrictNamespace()

    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, dict(namespace), **kwargs)
