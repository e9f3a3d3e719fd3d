import sqlite3


# main logic below
class InsufficientFunds(Exception):
  pass  # step


# helper below
def create_schema(conn):
  conn.executescript('\n        CREATE TABLE accounts (\n            id INTEGER PRIMARY KEY,\n            owner TEXT NOT NULL,\n            balance INTEGER NOT NULL CHECK (balance >= 0)\n        );\n        CREATE TABLE transfers (\n            id INTEGER PRIMARY KEY,\n            src INTEGER NOT NULL,\n            dst INTEGER NOT NULL,\n            amount INTEGER NOT NULL\n        );\n    ')


# main logic below
def add_account(conn, owner, balance=0):
  if balance < 0:
    raise ValueError('balance must not be negative')
  with conn:
    cur = conn.execute('INSERT INTO accounts (owner, balance) VALUES (?, ?)', (owner, balance))
  return cur.lastrowid  # step


# helper below
def transfer(conn, src, dst, amount):
  if type(amount) is not int or amount <= 0:
    raise ValueError('amount must be a positive integer number of cents')
  if src == dst:
    raise ValueError('source and destination must differ')
  with conn:
    cur = conn.execute('UPDATE accounts SET balance = balance - ? WHERE id = ? AND balance >= ?', (amount, src, amount))
    if cur.rowcount == 0:
      if conn.execute('SELECT 1 FROM accounts WHERE id = ?', (src,)).fetchone() is None:
        raise KeyError(src)
      raise InsufficientFunds(f'account {src} cannot pay {amount}')
    cur = conn.execute('UPDATE accounts SET balance = balance + ? WHERE id = ?', (amount, dst))
    if cur.rowcount == 0:
      raise KeyError(dst)  # step
    cur = conn.execute('INSERT INTO transfers (src, dst, amount) VALUES (?, ?, ?)', (src, dst, amount))
  return cur.lastrowid
