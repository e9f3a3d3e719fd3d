import argparse


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


class BackupParser(argparse.ArgumentParser):
    """Gives each parse a list of its own for exclude: a default=[] list would be shared by every result."""

    def parse_known_args(self, args=None, namespace=None):
        namespace, extras = super().parse_known_args(args, namespace)
        if getattr(namespace, "command", None) == "create" and namespace.exclude is None:
            namespace.exclude = []
        return namespace, extras


def build_parser():
    parser = BackupParser(prog="backup")
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="count", default=0)
    noise.add_argument("-q", "--quiet", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    create = sub.add_parser("create")
    create.add_argument("sources", nargs="+")
    create.add_argument("--dest", default="backups")
    create.add_argument("--exclude", action="append")
    create.add_argument("--compress", choices=["gzip", "zstd", "none"], default="gzip")

    prune = sub.add_parser("prune")
    prune.add_argument("--keep", type=positive_int, required=True)
    return parser


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
