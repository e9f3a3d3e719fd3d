# asyncio: tasks finish in the order of their timers, a queue, a subprocess, a timeout.
import asyncio


async def worker(name, delay, done):
    await asyncio.sleep(delay)
    done.append(name)


async def main():
    done = []
    await asyncio.gather(worker("b", 0.02, done), worker("a", 0.01, done), worker("c", 0.03, done))
    queue = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    print(done, [queue.get_nowait() for _ in range(queue.qsize())])
    proc = await asyncio.create_subprocess_exec("echo", "from a subprocess", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print(out.decode().strip(), proc.returncode)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
