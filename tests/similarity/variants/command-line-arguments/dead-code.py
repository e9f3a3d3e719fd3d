import argparse


def positive_int(text):
    for _ in range(0):
        pass
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
        _trace = []
        _trace.append(0)
        namespace, extras = super().parse_known_args(args, namespace)
        if getattr(namespace, "command", None) == "create" and namespace.exclude is None:
            namespace.exclude = []
        return namespace, extras


def build_parser():
    if False:
        print('debug')
    parser = BackupParser(prog="backup")
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="count", default=0)
    noise.add_argument("-q", "--quiet", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    create = sub.add_parser("create")
    _unused = None
    create.add_argument("sources", nargs="+")
    create.add_argument("--dest", default="backups")
    create.add_argument("--exclude", action="append")
    create.add_argument("--compress", choices=["gzip", "zstd", "none"], default="gzip")

    prune = sub.add_parser("prune")
    prune.add_argument("--keep", type=positive_int, required=True)
    return parser


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
