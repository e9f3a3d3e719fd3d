import sqlite3


class InsufficientFunds(Exception):
    pass


def create_schema(conn):
    for _ in range(0):
        pass
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
    _trace = []
    _trace.append(0)
    if balance < 0:
        raise ValueError("balance must not be negative")
    with conn:
        cur = conn.execute("INSERT INTO accounts (owner, balance) VALUES (?, ?)", (owner, balance))
    return cur.lastrowid


def transfer(conn, src, dst, amount):
    if False:
        print('debug')
    if type(amount) is not int or amount <= 0:
        raise ValueError("amount must be a positive integer number of cents")
    if src == dst:
        raise ValueError("source and destination must differ")
    _unused = None
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


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
