import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def parallel_map(func, items, *, cpu_bound=False, max_workers=2):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    items = list(items)
    if not items:
        return []
    if not cpu_bound:
        with ThreadPoolExecutor(max_workers=max_workers) as pool:
            return list(pool.map(func, items))
    try:
        pickle.dumps(func)
    except Exception as exc:
        raise TypeError(f"{func!r} cannot be pickled, so it cannot run in a worker process") from exc
    chunksize = max(1, len(items) // (max_workers * 4))
    with ProcessPoolExecutor(max_workers=max_workers) as pool:
        return list(pool.map(func, items, chunksize=chunksize))


import functools
import time


def retry(*, attempts=3, retry_on=(ConnectionError, TimeoutError),
          base_delay=0.1, max_delay=2.0, jitter=None, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    retry_on = tuple(retry_on)

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except retry_on:
                    if attempt == attempts:
                        raise
                delay = min(max_delay, base_delay * 2 ** (attempt - 1))
                sleep(jitter(delay) if jitter is not None else delay)

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
