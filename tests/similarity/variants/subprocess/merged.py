async def chunks(source, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    it = aiter(source)
    try:
        batch = []
        async for item in it:
            batch.append(item)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch
    finally:
        close = getattr(it, "aclose", None)
        if close is not None:
            await close()


import subprocess


class ToolError(Exception):
    def __init__(self, message, returncode=None, stderr=""):
        super().__init__(message)
        self.returncode = returncode
        self.stderr = stderr


def run_tool(args, input_text=None, timeout=5.0):
    if not isinstance(args, (list, tuple)) or not args or not all(isinstance(a, str) for a in args):
        raise TypeError("args must be a non-empty list or tuple of strings")
    if input_text is None:
        stdin_args = {"stdin": subprocess.DEVNULL}
    else:
        stdin_args = {"input": input_text}
    try:
        done = subprocess.run(
            list(args),
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=True,
            **stdin_args,
        )
    except FileNotFoundError:
        raise ToolError(f"{args[0]}: not found", None, "not found") from None
    except subprocess.TimeoutExpired:
        raise ToolError(f"{args[0]}: timed out after {timeout}s", None, "timeout") from None
    except subprocess.CalledProcessError as e:
        raise ToolError(f"{args[0]}: exit status {e.returncode}", e.returncode, e.stderr.strip()) from e
    return done.stdout


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
