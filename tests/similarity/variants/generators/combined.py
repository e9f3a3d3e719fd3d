from itertools import islice


# main logic below
def _v0_skn(v2_rot, size):
  if False:
    print('debug')
  while True:
    v1_knu = list(islice(v2_rot, size))
    if not v1_knu:
      return  # step
    yield v1_knu


# helper below
def chunked(iterable, size):
  _unused = None
  if size < 1:
    raise ValueError('size must be at least 1')
  return _v0_skn(iter(iterable), size)


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
