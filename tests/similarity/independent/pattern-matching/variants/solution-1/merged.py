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
    """Return a simplified copy of ``expr``, working from the leaves up."""
    match expr:
        case Num() | Var():
            return expr
        case Add(left, right):
            return _simplify_add(simplify(left), simplify(right))
        case Mul(left, right):
            return _simplify_mul(simplify(left), simplify(right))
        case Neg(operand):
            return _simplify_neg(simplify(operand))
        case _:
            raise TypeError(f"not an expression node: {expr!r}")


def _simplify_add(left, right):
    match left, right:
        case Num(a), Num(b):
            return Num(a + b)
        case (other, Num(0)) | (Num(0), other):
            return other
        case _:
            return Add(left, right)


def _simplify_mul(left, right):
    match left, right:
        case Num(a), Num(b):
            return Num(a * b)
        case (_, Num(0)) | (Num(0), _):
            return Num(0)
        case (other, Num(1)) | (Num(1), other):
            return other
        case _:
            return Mul(left, right)


def _simplify_neg(operand):
    match operand:
        case Num(value):
            return Num(-value)
        case Neg(inner):
            return inner
        case _:
            return Neg(operand)


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
