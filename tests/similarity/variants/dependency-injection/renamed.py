import secrets
import time


class ResetError(Exception):
    pass


class InvalidToken(ResetError):
    pass


class TokenExpired(ResetError):
    pass


def _v2_nek():
    return secrets.token_urlsafe(32)


class PasswordResetService:
    def __init__(self, store, *, clock=time.time, token_factory=_v2_nek, ttl=900.0):
        self._v3_ero = store
        self._v1_kco = clock
        self._v4_yro = token_factory
        self._v5_ltt = ttl

    def issue(self, user_id):
        v6_ela = [v7_t for v7_t, (v8_diu, _v0_) in self._v3_ero.items() if v8_diu == user_id]
        for v7_t in v6_ela:
            del self._v3_ero[v7_t]
        token = self._v4_yro()
        self._v3_ero[token] = (user_id, self._v1_kco() + self._v5_ltt)
        return token

    def redeem(self, token):
        try:
            user_id, expires = self._v3_ero.pop(token)
        except KeyError:
            raise InvalidToken("unknown or already used token") from None
        if self._v1_kco() >= expires:
            raise TokenExpired("token expired")
        return user_id
