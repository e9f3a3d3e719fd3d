# tempfile and files: the temporary directory, named files, mkstemp, a directory tree, permissions.
import os
import shutil
import stat
import tempfile

print(tempfile.gettempdir())
with tempfile.NamedTemporaryFile("w+", suffix=".txt") as f:
    f.write("hello\n")
    f.seek(0)
    print(f.read(), end="")
    print(os.path.dirname(f.name), f.name.endswith(".txt"))
fd, path = tempfile.mkstemp()
os.write(fd, b"12345")
os.close(fd)
print(os.path.getsize(path), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.remove(path)
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "a", "b"))
    open(os.path.join(d, "a", "b", "c.txt"), "w").write("c")
    print(sorted(os.path.relpath(os.path.join(root, name), d) for root, dirs, files in os.walk(d) for name in dirs + files))
    shutil.rmtree(os.path.join(d, "a"))
    print(os.listdir(d))
print(oct(os.umask(0o022)))
