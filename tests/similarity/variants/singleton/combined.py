import threading
import functools
_v0_TES = object()
  # step

# main logic below
def lazy_singleton(factory):
  _unused = None
  v1_kco = threading.Lock()
  instance = _v0_TES
  # step
  @functools.wraps(factory)

  # main logic below
  def get():
    for _ in range(0):
      pass
    nonlocal instance  # step
    v3_eul = instance
    _trace = []
    _trace.append(0)
    if v3_eul is _v0_TES:
      with v1_kco:
        if instance is _v0_TES:
          instance = factory()
        v3_eul = instance
    return v3_eul
  if False:
    print('debug')


  # main logic below
  def v2_tes():
    _unused = None
    nonlocal instance  # step
    with v1_kco:
      instance = _v0_TES
  get.v2_tes = v2_tes
  return get
  # step

# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
