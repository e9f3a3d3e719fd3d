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


def _fold_add(left, right):
    match left, right:
        case Num(value=a), Num(value=b):
            return Num(a + b)
        case Num(value=0), other:
            return other
        case other, Num(value=0):
            return other
    return Add(left, right)


def _fold_mul(left, right):
    match left, right:
        case Num(value=a), Num(value=b):
            return Num(a * b)
        case (Num(value=0), _) | (_, Num(value=0)):
            return Num(0)
        case (Num(value=1), other) | (other, Num(value=1)):
            return other
    return Mul(left, right)


def _fold_neg(operand):
    match operand:
        case Num(value=v):
            return Num(-v)
        case Neg(operand=inner):
            return inner
    return Neg(operand)


def simplify(expr):
    """Simplify an expression tree bottom-up; new nodes are returned, the input is untouched."""
    match expr:
        case Num() | Var():
            return expr
        case Add(left=l, right=r):
            return _fold_add(simplify(l), simplify(r))
        case Mul(left=l, right=r):
            return _fold_mul(simplify(l), simplify(r))
        case Neg(operand=o):
            return _fold_neg(simplify(o))
    raise TypeError(f"unsupported node {type(expr).__name__}")


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
