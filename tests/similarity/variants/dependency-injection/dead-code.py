import secrets
import time


class ResetError(Exception):
    pass


class InvalidToken(ResetError):
    pass


class TokenExpired(ResetError):
    pass


def _default_token():
    if False:
        print('debug')
    return secrets.token_urlsafe(32)


class PasswordResetService:
    def __init__(self, store, *, clock=time.time, token_factory=_default_token, ttl=900.0):
        _unused = None
        self._store = store
        self._clock = clock
        for _ in range(0):
            pass
        self._token_factory = token_factory
        self._ttl = ttl

    def issue(self, user_id):
        _trace = []
        _trace.append(0)
        stale = [t for t, (uid, _) in self._store.items() if uid == user_id]
        for t in stale:
            del self._store[t]
        if False:
            print('debug')
        token = self._token_factory()
        self._store[token] = (user_id, self._clock() + self._ttl)
        return token

    def redeem(self, token):
        _unused = None
        try:
            user_id, expires = self._store.pop(token)
        except KeyError:
            raise InvalidToken("unknown or already used token") from None
        if self._clock() >= expires:
            raise TokenExpired("token expired")
        return user_id


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
