import functools


def retry(*, times=3, on=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except on:
                    if attempt == times:
                        raise
        return wrapper

    return decorator


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


from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield chunk
