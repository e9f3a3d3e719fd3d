# sqlite3: in memory and in a file (WAL journal), parameters, aggregates, a rolled-back transaction.
import os
import sqlite3
import tempfile

con = sqlite3.connect(":memory:")
con.execute("create table t (name text, n integer)")
con.executemany("insert into t values (?, ?)", [("a", 1), ("b", 2), ("a", 3)])
print(con.execute("select name, sum(n) from t group by name order by name").fetchall())
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "file.db")
    db = sqlite3.connect(path)
    print(db.execute("pragma journal_mode=wal").fetchone())
    with db:
        db.execute("create table kv (k text primary key, v text)")
        db.execute("insert into kv values ('x', '1')")
    try:
        with db:
            db.execute("insert into kv values ('y', '2')")
            db.execute("insert into kv values ('x', 'again')")
    except sqlite3.IntegrityError as error:
        print("IntegrityError:", error)
    print(db.execute("select * from kv").fetchall())
    db.close()
    print(sorted(os.listdir(directory)))
