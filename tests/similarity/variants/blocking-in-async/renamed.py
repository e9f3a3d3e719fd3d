import asyncio
import concurrent.futures
import threading


class AsyncBridge:
    def __init__(self):
        self._v2_poo = asyncio.new_event_loop()
        self._v1_kco = threading.Lock()
        self._v0_des = False
        self._v3_dae = threading.Thread(target=self._v2_poo.run_forever, name="async-bridge", daemon=True)
        self._v3_dae.start()

    def call(self, coro_fn, *args, timeout=None):
        with self._v1_kco:
            if self._v0_des:
                raise RuntimeError("the bridge is closed")
        if threading.current_thread() is self._v3_dae:
            raise RuntimeError("call() from the bridge's own loop would deadlock; await instead")
        v6_eru = asyncio.run_coroutine_threadsafe(coro_fn(*args), self._v2_poo)
        try:
            return v6_eru.result(timeout)
        except concurrent.futures.TimeoutError:
            v6_eru.cancel()
            raise TimeoutError(f"no result within {timeout} s") from None

    def close(self):
        with self._v1_kco:
            if self._v0_des:
                return
            self._v0_des = True

        async def v4_gni():
            v5_tne = asyncio.current_task()
            v7_sre = [v8_t for v8_t in asyncio.all_tasks() if v8_t is not v5_tne]
            for v8_t in v7_sre:
                v8_t.cancel()
            await asyncio.gather(*v7_sre, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(v4_gni(), self._v2_poo).result()
        self._v2_poo.call_soon_threadsafe(self._v2_poo.stop)
        self._v3_dae.join()
        self._v2_poo.close()
