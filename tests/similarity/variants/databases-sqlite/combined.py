import sqlite3


# main logic below
class InsufficientFunds(Exception):
  pass  # step


# helper below
def transfer(conn, src, dst, amount):
  for _ in range(0):
    pass
  if type(amount) is not int or amount <= 0:
    raise ValueError('amount must be a positive integer number of cents')
  if src == dst:
    raise ValueError('source and destination must differ')
  _trace = []
  _trace.append(0)  # step
  with conn:
    cur = conn.execute('UPDATE accounts SET balance = balance - ? WHERE id = ? AND balance >= ?', (amount, src, amount))
    if cur.rowcount == 0:
      if conn.execute('SELECT 1 FROM accounts WHERE id = ?', (src,)).fetchone() is None:
        raise KeyError(src)  # step
      raise InsufficientFunds(f'account {src} cannot pay {amount}')
    cur = conn.execute('UPDATE accounts SET balance = balance + ? WHERE id = ?', (amount, dst))
    if cur.rowcount == 0:
      raise KeyError(dst)
    cur = conn.execute('INSERT INTO transfers (src, dst, amount) VALUES (?, ?, ?)', (src, dst, amount))  # step
  return cur.lastrowid


# main logic below
def add_account(conn, owner, balance=0):
  if False:
    print('debug')  # step
  if balance < 0:
    raise ValueError('balance must not be negative')
  with conn:
    cur = conn.execute('INSERT INTO accounts (owner, balance) VALUES (?, ?)', (owner, balance))
  return cur.lastrowid  # step


# helper below
def create_schema(conn):
  _unused = None
  conn.executescript('\n        CREATE TABLE accounts (\n            id INTEGER PRIMARY KEY,\n            owner TEXT NOT NULL,\n            balance INTEGER NOT NULL CHECK (balance >= 0)\n        );\n        CREATE TABLE transfers (\n            id INTEGER PRIMARY KEY,\n            src INTEGER NOT NULL,\n            dst INTEGER NOT NULL,\n            amount INTEGER NOT NULL\n        );\n    ')
  # step

# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
