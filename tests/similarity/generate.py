#!/usr/bin/env python3
"""Writes the similarity corpus: for every exercise in content/python, variants of its reference
solution per transformation type, into tests/similarity/variants/<exercise-id>/<transformation>.py, and
the same variants of each independent solution, into
tests/similarity/independent/<exercise-id>/variants/<solution>/<transformation>.py.

Each variant is what a candidate might hand in after copying a solution and disguising it.
A transformation that does not apply to a solution (no two functions to reorder, no independent
statements to move) writes no file; the measurement counts only the files that exist. Every variant must
still compile. Deterministic: run it again and the files are the same.

    python3 tests/similarity/generate.py
"""
import ast
import io
import keyword
import re
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BANK = ROOT / "content" / "python"
OUT = Path(__file__).resolve().parent / "variants"
INDEPENDENT = Path(__file__).resolve().parent / "independent"

TRANSFORMATIONS = ["renamed", "reordered", "moved", "dead-code", "layout", "merged", "combined"]


def read_exercises():
    """(id, starter, solution) of every question with an Exercise section, in id order."""
    found = []
    for path in sorted(BANK.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        m = re.search(r"^id: (\S+)$", text, re.M)
        ex = re.search(r"^## Exercise$(.*?)(?=^## |\Z)", text, re.M | re.S)
        if not m or not ex:
            continue
        body = ex.group(1)

        def block(name):
            part = re.search(r"^### " + name + r"$(.*?)(?=^### |\Z)", body, re.M | re.S)
            code = re.search(r"^```python\n(.*?)^```$", part.group(1), re.M | re.S)
            return code.group(1)

        found.append((m.group(1), block("Starter"), block("Solution")))
    return sorted(found)


# --- renamed: every name the solution binds gets a new name, except the public API (names in the starter) and dunders.

def bound_names(tree):
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            names -= set(node.names)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names -= {(a.asname or a.name).split(".")[0] for a in node.names}
    return {n for n in names if not (n.startswith("__") and n.endswith("__"))}


def names_in(source):
    try:
        return {t.string for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type == tokenize.NAME}
    except (tokenize.TokenError, SyntaxError):
        return set()


def rename(source, starter):
    tree = ast.parse(source)
    public = names_in(starter)
    targets = sorted(bound_names(tree) - public)
    if not targets:
        return None
    mapping = {old: f"{'_' if old.startswith('_') else ''}v{i}_{old[::-1].strip('_')[:3]}" for i, old in enumerate(targets)}
    lines = source.splitlines(keepends=True)
    raw = [line.encode("utf-8") for line in lines]
    edits = []  # (line index, byte column, old, new)

    def at(lineno, col, old):
        if old in mapping and raw[lineno - 1][col:col + len(old.encode())] == old.encode():
            edits.append((lineno - 1, col, old, mapping[old]))

    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            at(node.lineno, node.col_offset, node.id)
        elif isinstance(node, ast.arg):
            at(node.lineno, node.col_offset, node.arg)
        elif isinstance(node, ast.keyword) and node.arg:
            at(node.lineno, node.col_offset, node.arg)
        elif isinstance(node, ast.Attribute) and node.end_lineno == node.lineno:
            at(node.end_lineno, node.end_col_offset - len(node.attr.encode()), node.attr)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            m = re.search(rb"(def|class)\s+" + re.escape(node.name.encode()) + rb"\b", raw[node.lineno - 1][node.col_offset:])
            if m:
                at(node.lineno, node.col_offset + m.start(0) + len(m.group(0)) - len(node.name.encode()), node.name)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            m = re.search(rb"\bas\s+" + re.escape(node.name.encode()) + rb"\b", raw[node.lineno - 1])
            if m:
                at(node.lineno, m.end(0) - len(node.name.encode()), node.name)
    for li, col, old, new in sorted(set(edits), reverse=True):
        raw[li] = raw[li][:col] + new.encode() + raw[li][col + len(old.encode()):]
    return "".join(r.decode("utf-8") for r in raw)


# --- statement ranges, as line spans of the source (decorators and comments right above included).

def span(stmt, lines):
    start = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
    while start > 1 and lines[start - 2].strip().startswith("#"):
        start -= 1
    return start, stmt.end_lineno


def permute_slots(source, groups):
    """groups: lists of (start, end) line spans (1-based, inclusive) whose contents are reversed among themselves."""
    lines = source.splitlines(keepends=True)
    replacement = {}
    for group in groups:
        contents = [lines[s - 1:e] for s, e in group]
        for (s, e), new in zip(group, reversed(contents)):
            replacement[s] = (e, new)
    out, i = [], 1
    while i <= len(lines):
        if i in replacement:
            e, new = replacement[i]
            out.extend(new)
            i = e + 1
        else:
            out.append(lines[i - 1])
            i += 1
    return "".join(out)


def reorder(source, starter=None):
    """Reverses the order of the module's functions, and of each class's methods (a class's place stays:
    a base class must come before its subclasses)."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    groups = []
    for body in [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        defs = [span(s, lines) for s in body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))]
        if len(defs) >= 2:
            groups.append(defs)
    return permute_slots(source, groups) if groups else None


# --- moved: swaps adjacent statements that neither read nor write what the other writes.

def reads_writes(stmt):
    reads, writes = set(), set()
    for node in ast.walk(stmt):
        if isinstance(node, ast.Name):
            (writes if isinstance(node.ctx, (ast.Store, ast.Del)) else reads).add(node.id)
        elif isinstance(node, ast.Attribute):
            key = "." + node.attr
            (writes if isinstance(node.ctx, (ast.Store, ast.Del)) else reads).add(key)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            writes.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            writes.add(node.name)
    return reads, writes


MOVABLE = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Import, ast.ImportFrom)


def independent(a, b):
    if not (isinstance(a, MOVABLE) and isinstance(b, MOVABLE)):
        return False
    if any(isinstance(n, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr)) for s in (a, b) for n in ast.walk(s)
           if not isinstance(s, (ast.Import, ast.ImportFrom))):
        # Calls may have effects whose order matters; only constructors of plain values are safe to move.
        calls = [n for s in (a, b) for n in ast.walk(s) if isinstance(n, ast.Call)]
        if not all(isinstance(c.func, ast.Name) and c.func.id in {"set", "dict", "list", "deque", "defaultdict", "Counter", "len", "object", "Lock"} for c in calls):
            return False
    ra, wa = reads_writes(a)
    rb, wb = reads_writes(b)
    return not (wa & (rb | wb)) and not (wb & ra)


def move(source, starter=None):
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    groups = []
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.For, ast.While, ast.If, ast.With))]
    for body in bodies:
        i = 0
        while i + 1 < len(body):
            a, b = body[i], body[i + 1]
            sa, sb = span(a, lines), span(b, lines)
            if independent(a, b) and sa[1] + 1 == sb[0] and all(not lines[k].strip().startswith("#") for k in range(sb[0] - 1, sb[1])):
                groups.append([sa, sb])
                i += 2
            else:
                i += 1
    return permute_slots(source, groups) if groups else None


# --- dead code: unused statements at the top of every function and in the middle of long bodies, and an unused function.

DEAD = [
    ["_unused = None"],
    ["if False:", "    print('debug')"],
    ["_trace = []", "_trace.append(0)"],
    ["for _ in range(0):", "    pass"],
]


def dead_code(source, starter=None):
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    inserts = []  # (before line, indentation)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            first = 1 if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str) and len(body) > 1 else 0
            picks = {first}
            if len(body) - first >= 4:
                picks.add(first + (len(body) - first) // 2)
            for p in picks:
                stmt = body[p]
                line = lines[stmt.lineno - 1]
                indent = line[:len(line) - len(line.lstrip())]
                if len(indent) == stmt.col_offset and not lines[stmt.lineno - 2].rstrip().endswith("\\"):
                    inserts.append((span(stmt, lines)[0], indent))
    out = list(lines)
    for n, (before, indent) in enumerate(sorted(set(inserts), reverse=True)):
        block = [indent + text + "\n" for text in DEAD[n % len(DEAD)]]
        out[before - 1:before - 1] = block
    text = "".join(out)
    if not text.endswith("\n"):
        text += "\n"
    return text + "\n\ndef _debug_dump(obj):\n    for key in sorted(vars(obj)):\n        print(key, getattr(obj, key))\n"


# --- layout: formatted anew (ast.unparse: quotes, parentheses and line breaks change, comments go), indented
# by two spaces, with new comments and blank lines.

def layout(source, starter=None):
    text = ast.unparse(ast.parse(source))
    out = []
    for n, line in enumerate(text.splitlines()):
        stripped = line.lstrip(" ")
        depth = (len(line) - len(stripped)) // 4
        indent = "  " * depth
        if stripped.startswith(("def ", "async def ", "class ")):
            out.append("")
            out.append(indent + "# " + ("helper" if n % 2 else "main logic") + " below")
        out.append(indent + stripped + ("  # step" if n % 5 == 3 and not stripped.endswith(":") and '"""' not in stripped and "'''" not in stripped else ""))
    return "\n".join(out) + "\n"


def merged(source, others):
    """The solution pasted between two unrelated programs (other exercises' reference solutions)."""
    before, after = others
    return before.rstrip() + "\n\n\n" + source.rstrip() + "\n\n\n" + after.rstrip() + "\n"


def combined(source, starter):
    for step in (rename, reorder, move, dead_code, layout):
        result = step(source, starter)
        source = result if result is not None else source
    return source


def variants_of(solution, starter, others):
    return {
        "renamed": rename(solution, starter),
        "reordered": reorder(solution),
        "moved": move(solution),
        "dead-code": dead_code(solution),
        "layout": layout(solution),
        "merged": merged(solution, others),
        "combined": combined(solution, starter),
    }


def write_variants(folder, solution, starter, others):
    """Writes each variant that applies and compiles into folder; returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.py"):
        old.unlink()
    written = 0
    for name, text in variants_of(solution, starter, others).items():
        if text is None or text == solution:
            continue
        try:
            compile(text, f"{folder}/{name}.py", "exec")
        except SyntaxError as e:
            sys.exit(f"{folder}/{name}: the variant does not compile: {e}")
        (folder / f"{name}.py").write_text(text, encoding="utf-8")
        written += 1
    return written


def main():
    exercises = read_exercises()
    OUT.mkdir(exist_ok=True)
    written = 0
    from_independent = 0
    for index, (eid, starter, solution) in enumerate(exercises):
        others = (exercises[(index + 7) % len(exercises)][2], exercises[(index + 19) % len(exercises)][2])
        written += write_variants(OUT / eid, solution, starter, others)
        # The independent solutions are disguised the same way: these are the copies the engine must find,
        # since the model solution itself is excluded from matching like the starter.
        for own in sorted((INDEPENDENT / eid).glob("solution-*.py")):
            from_independent += write_variants(INDEPENDENT / eid / "variants" / own.stem, own.read_text(encoding="utf-8"), starter, others)
    print(f"{written} variants of {len(exercises)} exercises' model solutions in {OUT.relative_to(ROOT)}; "
          f"{from_independent} variants of the independent solutions in {INDEPENDENT.relative_to(ROOT)}/*/variants")


if __name__ == "__main__":
    main()
