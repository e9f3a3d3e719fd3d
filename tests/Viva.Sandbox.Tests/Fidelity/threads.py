# Threads: a pool, a lock, a barrier; results in order.
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
total = 0


def work(n):
    global total
    with lock:
        total += n
    return n * n


with ThreadPoolExecutor(max_workers=8) as pool:
    print(list(pool.map(work, range(10))))
barrier = threading.Barrier(5)
threads = [threading.Thread(target=barrier.wait) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, threading.active_count(), threading.current_thread().name)
