import secrets
import time


# helper below
class ResetError(Exception):
  pass


# main logic below
class InvalidToken(ResetError):
  pass
  # step

# helper below
class TokenExpired(ResetError):
  pass


# main logic below
def _default_token():
  return secrets.token_urlsafe(32)  # step


# helper below
class PasswordResetService:


  # helper below
  def __init__(self, store, *, clock=time.time, token_factory=_default_token, ttl=900.0):
    self._store = store  # step
    self._clock = clock
    self._token_factory = token_factory
    self._ttl = ttl


  # helper below
  def issue(self, user_id):
    stale = [t for t, (uid, _) in self._store.items() if uid == user_id]
    for t in stale:
      del self._store[t]
    token = self._token_factory()
    self._store[token] = (user_id, self._clock() + self._ttl)  # step
    return token


  # helper below
  def redeem(self, token):
    try:
      user_id, expires = self._store.pop(token)  # step
    except KeyError:
      raise InvalidToken('unknown or already used token') from None
    if self._clock() >= expires:
      raise TokenExpired('token expired')
    return user_id  # step
