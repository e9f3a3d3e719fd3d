import sqlite3


class InsufficientFunds(Exception):
    pass


def create_schema(conn):
    conn.executescript("""
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            owner TEXT NOT NULL,
            balance INTEGER NOT NULL CHECK (balance >= 0)
        );
        CREATE TABLE transfers (
            id INTEGER PRIMARY KEY,
            src INTEGER NOT NULL,
            dst INTEGER NOT NULL,
            amount INTEGER NOT NULL
        );
    """)


def add_account(conn, owner, balance=0):
    if balance < 0:
        raise ValueError("balance must not be negative")
    with conn:
        cur = conn.execute("INSERT INTO accounts (owner, balance) VALUES (?, ?)", (owner, balance))
    return cur.lastrowid


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError("amount must be a positive integer number of cents")
    if src == dst:
        raise ValueError("source and destination must differ")
    with conn:
        cur = conn.execute(
            "UPDATE accounts SET balance = balance - ? WHERE id = ? AND balance >= ?",
            (amount, src, amount),
        )
        if cur.rowcount == 0:
            if conn.execute("SELECT 1 FROM accounts WHERE id = ?", (src,)).fetchone() is None:
                raise KeyError(src)
            raise InsufficientFunds(f"account {src} cannot pay {amount}")
        cur = conn.execute("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, dst))
        if cur.rowcount == 0:
            raise KeyError(dst)
        cur = conn.execute(
            "INSERT INTO transfers (src, dst, amount) VALUES (?, ?, ?)", (src, dst, amount)
        )
    return cur.lastrowid


import asyncio
import concurrent.futures
import threading


class AsyncBridge:
    def __init__(self):
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._loop.run_forever, name="async-bridge", daemon=True)
        self._thread.start()

    def call(self, coro_fn, *args, timeout=None):
        with self._lock:
            if self._closed:
                raise RuntimeError("the bridge is closed")
        if threading.current_thread() is self._thread:
            raise RuntimeError("call() from the bridge's own loop would deadlock; await instead")
        future = asyncio.run_coroutine_threadsafe(coro_fn(*args), self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimeoutError(f"no result within {timeout} s") from None

    def close(self):
        with self._lock:
            if self._closed:
                return
            self._closed = True

        async def cancel_everything():
            current = asyncio.current_task()
            others = [t for t in asyncio.all_tasks() if t is not current]
            for t in others:
                t.cancel()
            await asyncio.gather(*others, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(cancel_everything(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


from decimal import Decimal, InvalidOperation


def to_cents(total):
    if not isinstance(total, (str, Decimal)):
        raise TypeError("total must be a Decimal or a str")
    try:
        amount = Decimal(total)
    except InvalidOperation:
        raise ValueError(f"not a number: {total!r}") from None
    if not amount.is_finite():
        raise ValueError("total must be finite")
    sign, digits, exponent = amount.as_tuple()
    number = int("".join(map(str, digits)))
    if exponent >= -2:
        cents = number * 10 ** (exponent + 2)
    else:
        cents, rest = divmod(number, 10 ** (-exponent - 2))
        if rest:
            raise ValueError("total must have at most two decimal places")
    return -cents if sign else cents


def from_cents(cents):
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return Decimal(f"{sign}{whole}.{part:02d}")


def allocate(total, weights):
    cents = to_cents(total)
    if not isinstance(weights, list) or not weights:
        raise ValueError("weights must be a non-empty list")
    if any(not isinstance(w, int) or isinstance(w, bool) or w < 0 for w in weights) or sum(weights) == 0:
        raise ValueError("weights must be non-negative integers with a positive sum")
    sign = -1 if cents < 0 else 1
    cents = abs(cents)
    weight_sum = sum(weights)
    shares = [cents * w // weight_sum for w in weights]
    remainders = [cents * w % weight_sum for w in weights]
    leftover = cents - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:leftover]:
        shares[i] += 1
    return [from_cents(sign * c) for c in shares]
