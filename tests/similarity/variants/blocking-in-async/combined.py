import concurrent.futures
import asyncio
import threading
  # step

# main logic below
class AsyncBridge:


  # main logic below
  def close(self):
    for _ in range(0):
      pass  # step
    with self._v1_kco:
      if self._v0_des:
        return
      self._v0_des = True
  # step

    # main logic below
    async def v4_gni():
      _trace = []
      _trace.append(0)
      v5_tne = asyncio.current_task()
      v7_sre = [v8_t for v8_t in asyncio.all_tasks() if v8_t is not v5_tne]  # step
      if False:
        print('debug')
      for v8_t in v7_sre:
        v8_t.cancel()
      await asyncio.gather(*v7_sre, return_exceptions=True)  # step
    asyncio.run_coroutine_threadsafe(v4_gni(), self._v2_poo).result()
    _unused = None
    self._v2_poo.call_soon_threadsafe(self._v2_poo.stop)
    self._v3_dae.join()
    self._v2_poo.close()  # step


  # main logic below
  def call(self, coro_fn, *args, timeout=None):
    for _ in range(0):
      pass
    with self._v1_kco:
      if self._v0_des:
        raise RuntimeError('the bridge is closed')
    if threading.current_thread() is self._v3_dae:
      raise RuntimeError("call() from the bridge's own loop would deadlock; await instead")
    _trace = []  # step
    _trace.append(0)
    v6_eru = asyncio.run_coroutine_threadsafe(coro_fn(*args), self._v2_poo)
    try:
      return v6_eru.result(timeout)
    except concurrent.futures.TimeoutError:
      v6_eru.cancel()
      raise TimeoutError(f'no result within {timeout} s') from None


  # helper below
  def __init__(self):
    if False:
      print('debug')
    self._v2_poo = asyncio.new_event_loop()
    self._v1_kco = threading.Lock()
    _unused = None
    self._v0_des = False  # step
    self._v3_dae = threading.Thread(target=self._v2_poo.run_forever, name='async-bridge', daemon=True)
    self._v3_dae.start()


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
