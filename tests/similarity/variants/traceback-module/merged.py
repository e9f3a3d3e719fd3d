import asyncio


async def run_all(coros):
    tasks = [asyncio.ensure_future(c) for c in coros]
    if not tasks:
        return []
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        pending = [t for t in tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            await asyncio.wait(pending)
    for t in tasks:
        if not t.cancelled() and t.exception() is not None:
            raise t.exception()
    return [t.result() for t in tasks]


def _describe(exc):
    text = str(exc)
    line = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    for note in getattr(exc, "__notes__", None) or []:
        line += f" (note: {note})"
    return line


def chain_summary(exc):
    chain = []  # newest first: (exception, how it hangs off the previous entry)
    seen = set()
    current, link = exc, None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "cause"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "context"
        else:
            current = None
    lines = []
    for i in range(len(chain) - 1, -1, -1):
        line = _describe(chain[i][0])
        if i + 1 < len(chain):
            line = f"[{chain[i + 1][1]}] {line}"
        lines.append(line)
    return lines


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
