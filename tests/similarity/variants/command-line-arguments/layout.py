import argparse


# main logic below
def positive_int(text):
  try:
    value = int(text)
  except ValueError:
    raise argparse.ArgumentTypeError(f'not an integer: {text!r}') from None
  if value < 1:
    raise argparse.ArgumentTypeError(f'must be at least 1: {value}')  # step
  return value


# helper below
class BackupParser(argparse.ArgumentParser):
  """Gives each parse a list of its own for exclude: a default=[] list would be shared by every result."""
  # step

  # main logic below
  def parse_known_args(self, args=None, namespace=None):
    namespace, extras = super().parse_known_args(args, namespace)
    if getattr(namespace, 'command', None) == 'create' and namespace.exclude is None:
      namespace.exclude = []
    return (namespace, extras)  # step


# main logic below
def build_parser():
  parser = BackupParser(prog='backup')
  noise = parser.add_mutually_exclusive_group()
  noise.add_argument('-v', '--verbose', action='count', default=0)  # step
  noise.add_argument('-q', '--quiet', action='store_true')
  sub = parser.add_subparsers(dest='command', required=True)
  create = sub.add_parser('create')
  create.add_argument('sources', nargs='+')
  create.add_argument('--dest', default='backups')  # step
  create.add_argument('--exclude', action='append')
  create.add_argument('--compress', choices=['gzip', 'zstd', 'none'], default='gzip')
  prune = sub.add_parser('prune')
  prune.add_argument('--keep', type=positive_int, required=True)
  return parser  # step
