import sqlite3


class InsufficientFunds(Exception):
    pass


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


def add_account(conn, owner, balance=0):
    if balance < 0:
        raise ValueError("balance must not be negative")
    with conn:
        cur = conn.execute("INSERT INTO accounts (owner, balance) VALUES (?, ?)", (owner, balance))
    return cur.lastrowid


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
