from enum import Flag


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1


_POSITIONS = ((Perm.READ, "r"), (Perm.WRITE, "w"), (Perm.EXECUTE, "x"))


def parse(text):
    if len(text) != 3:
        raise ValueError(f"expected 3 characters, got {text!r}")
    perm = Perm(0)
    for (flag, letter), ch in zip(_POSITIONS, text):
        if ch == letter:
            perm |= flag
        elif ch != "-":
            raise ValueError(f"unexpected {ch!r} in {text!r}")
    return perm


def render(perm):
    return "".join(letter if flag in perm else "-" for flag, letter in _POSITIONS)


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


from itertools import islice


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _chunks(iter(iterable), n)


def _chunks(it, n):
    while chunk := tuple(islice(it, n)):
        yield chunk
