import argparse


def v7_tni(v9_txe):
    try:
        v10_eul = int(v9_txe)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {v9_txe!r}") from None
    if v10_eul < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {v10_eul}")
    return v10_eul


class v0_res(argparse.ArgumentParser):
    """Gives each parse a list of its own for exclude: a default=[] list would be shared by every result."""

    def v6_sgr(v8_fle, v1_sgr=None, v4_eca=None):
        v4_eca, v3_sar = super().v6_sgr(v1_sgr, v4_eca)
        if getattr(v4_eca, "command", None) == "create" and v4_eca.v2_edu is None:
            v4_eca.v2_edu = []
        return v4_eca, v3_sar


def build_parser():
    parser = v0_res(prog="backup")
    v5_esi = parser.add_mutually_exclusive_group()
    v5_esi.add_argument("-v", "--verbose", action="count", default=0)
    v5_esi.add_argument("-q", "--quiet", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    create = sub.add_parser("create")
    create.add_argument("sources", nargs="+")
    create.add_argument("--dest", default="backups")
    create.add_argument("--exclude", action="append")
    create.add_argument("--compress", choices=["gzip", "zstd", "none"], default="gzip")

    prune = sub.add_parser("prune")
    prune.add_argument("--keep", type=v7_tni, required=True)
    return parser
