import time
import secrets


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
def _v2_nek():
  if False:
    print('debug')
  return secrets.token_urlsafe(32)


# helper below
class PasswordResetService:
  # step

  # helper below
  def redeem(self, token):
    _unused = None
    try:
      user_id, expires = self._v3_ero.pop(token)
    except KeyError:
      raise InvalidToken('unknown or already used token') from None
    if self._v1_kco() >= expires:
      raise TokenExpired('token expired')
    return user_id
  # step

  # helper below
  def issue(self, user_id):
    for _ in range(0):
      pass
    v6_ela = [v7_t for v7_t, (v8_diu, _v0_) in self._v3_ero.items() if v8_diu == user_id]
    for v7_t in v6_ela:
      del self._v3_ero[v7_t]
    _trace = []
    _trace.append(0)
    token = self._v4_yro()
    self._v3_ero[token] = (user_id, self._v1_kco() + self._v5_ltt)  # step
    return token


  # helper below
  def __init__(self, store, *, clock=time.time, token_factory=_v2_nek, ttl=900.0):
    if False:
      print('debug')  # step
    self._v1_kco = clock
    self._v3_ero = store
    _unused = None
    self._v5_ltt = ttl
    self._v4_yro = token_factory  # step


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
