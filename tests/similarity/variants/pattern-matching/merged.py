import heapq


def top_k(records, k, key):
    if k <= 0:
        return []
    heap = []  # (key, -index, record); the root is the weakest record kept so far
    for index, record in enumerate(records):
        entry = (key(record), -index, record)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)
    heap.sort(key=lambda e: e[:2], reverse=True)
    return [record for _, _, record in heap]


from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class Add:
    left: object
    right: object


@dataclass
class Mul:
    left: object
    right: object


@dataclass
class Neg:
    operand: object


def simplify(expr):
    match expr:
        case Num() | Var():
            return expr
        case Neg(operand):
            match simplify(operand):
                case Num(value):
                    return Num(-value)
                case Neg(inner):
                    return inner
                case other:
                    return Neg(other)
        case Add(left, right):
            match simplify(left), simplify(right):
                case Num(a), Num(b):
                    return Num(a + b)
                case (Num(0), other) | (other, Num(0)):
                    return other
                case l, r:
                    return Add(l, r)
        case Mul(left, right):
            match simplify(left), simplify(right):
                case Num(a), Num(b):
                    return Num(a * b)
                case (Num(0), _) | (_, Num(0)):
                    return Num(0)
                case (Num(1), other) | (other, Num(1)):
                    return other
                case l, r:
                    return Mul(l, r)
        case _:
            raise TypeError(f"not an expression: {expr!r}")


import asyncio


async def bounded_map(func, items, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    items = list(items)
    results = [None] * len(items)
    semaphore = asyncio.Semaphore(limit)

    async def run(index, item):
        async with semaphore:
            results[index] = await func(item)

    async with asyncio.TaskGroup() as tg:
        for index, item in enumerate(items):
            tg.create_task(run(index, item))
    return results
