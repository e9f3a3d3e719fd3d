# locale: the environment's locale (C.UTF-8), encodings, formatting, collation, and a locale that may
# not be installed (the same answer either way: both see the machine's compiled locales).
import locale
import sys
import time

print(locale.setlocale(locale.LC_ALL, ""))
print(locale.getpreferredencoding(False), sys.getfilesystemencoding(), sys.stdout.encoding, sys.stdin.encoding)
conv = locale.localeconv()
print(repr(conv["decimal_point"]), repr(conv["thousands_sep"]))
print(locale.format_string("%.2f", 1234567.891, grouping=True), locale.str(2.5))
print(sorted(["b", "A", "a", "B", "é", "z"], key=locale.strxfrm))
print("straße".upper(), "ǅ".lower(), "é".encode(), "日本".encode())
print(time.strftime("%A %d %B %Y", time.gmtime(0)))
try:
    print(locale.setlocale(locale.LC_ALL, "de_DE.UTF-8"))
except locale.Error as error:
    print("locale.Error:", error)
