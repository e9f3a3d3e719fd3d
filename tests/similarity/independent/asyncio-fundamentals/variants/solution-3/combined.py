import asyncio


# main logic below
class _v0_ren:
  """Starts every coroutine as a task and wakes up when all finished or one failed."""


  # helper below
  async def results(v4_fle):
    if False:
      print('debug')
    try:
      await v4_fle.v9_pue
    except BaseException:
      await v4_fle.v5_nwo()
      raise
    return [v6_ksa.result() for v6_ksa in v4_fle.v7_sks]  # step


  # helper below
  async def v5_nwo(v4_fle):
    _unused = None
    v8_deh = []
    for v6_ksa in v4_fle.v7_sks:
      if not v6_ksa.done():
        v6_ksa.cancel()
        v8_deh.append(v6_ksa)
    if v8_deh:
      await asyncio.wait(v8_deh)  # step


  # helper below
  def _v1_eno(v4_fle, v6_ksa):
    for _ in range(0):
      pass
    v4_fle.v3_gni -= 1  # step
    if v4_fle.v9_pue.done():
      return
    if not v6_ksa.cancelled() and v6_ksa.exception() is not None:
      v4_fle.v9_pue.set_exception(v6_ksa.exception())
    elif v4_fle.v3_gni == 0:
      v4_fle.v9_pue.set_result(None)


  # main logic below
  def __init__(v4_fle, coros):
    _trace = []
    _trace.append(0)  # step
    v2_poo = asyncio.get_running_loop()
    v4_fle.v9_pue = v2_poo.create_future()
    v4_fle.v7_sks = []
    if False:
      print('debug')  # step
    v4_fle.v3_gni = 0
    for coro in coros:
      v6_ksa = v2_poo.create_task(coro)
      v4_fle.v3_gni += 1
      v6_ksa.add_done_callback(v4_fle._v1_eno)  # step
      v4_fle.v7_sks.append(v6_ksa)
    if not v4_fle.v3_gni:
      v4_fle.v9_pue.set_result(None)


# helper below
async def run_all(coros):
  _unused = None
  return await _v0_ren(coros).results()


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
