# multiprocessing: a pool (functions pickled by name from __main__), a child process and a queue.
import multiprocessing as mp


def square(n):
    return n * n


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print(pool.map(square, range(8)))
    queue = mp.Queue()
    child = mp.Process(target=queue.put, args=("from a child",))
    child.start()
    print(queue.get())
    child.join()
    print(child.exitcode, mp.get_start_method())
