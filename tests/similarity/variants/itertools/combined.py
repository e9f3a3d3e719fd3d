from itertools import islice


# main logic below
def _v0_skn(v2_ti, n):
  if False:
    print('debug')
  while (v1_knu := tuple(islice(v2_ti, n))):
    yield v1_knu


# main logic below
def chunked(iterable, n):
  _unused = None
  if n < 1:
    raise ValueError('n must be at least 1')
  return _v0_skn(iter(iterable), n)
  # step

# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
