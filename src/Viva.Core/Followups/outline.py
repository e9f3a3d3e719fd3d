# Reads a Python program on stdin and prints, as JSON, the parts an interviewer asks about: functions,
# loops, branches, data structures and exception handlers, each with its line. Parsed with CPython's own
# ast module (the program is never run), so what is reported is what the interpreter sees.
import ast
import json
import sys

MAX_TEXT = 60


def text(node):
    s = ast.unparse(node)
    return s if len(s) <= MAX_TEXT else s[: MAX_TEXT - 3] + "..."


def called_name(call):
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


STRUCTURE_CALLS = {"deque", "Counter", "defaultdict", "OrderedDict", "set", "dict", "list", "frozenset"}


class Outline(ast.NodeVisitor):
    def __init__(self):
        self.functions, self.loops, self.branches, self.structures, self.handlers = [], [], [], [], []
        self.function_stack, self.loop_depth = [], 0

    def current(self):
        return self.function_stack[-1]["name"] if self.function_stack else None

    def visit_FunctionDef(self, node):
        info = {"name": node.name, "line": node.lineno, "args": [a.arg for a in node.args.args], "recursive": False,
                "decorators": [text(d) for d in node.decorator_list]}
        self.functions.append(info)
        self.function_stack.append(info)
        depth, self.loop_depth = self.loop_depth, 0
        self.generic_visit(node)
        self.loop_depth = depth
        self.function_stack.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_loop(self, node, kind, target, over):
        self.loops.append({"kind": kind, "line": node.lineno, "target": target, "over": over,
                           "depth": self.loop_depth, "function": self.current()})
        self.loop_depth += 1
        self.generic_visit(node)
        self.loop_depth -= 1

    def visit_For(self, node):
        self.visit_loop(node, "for", text(node.target), text(node.iter))

    visit_AsyncFor = visit_For

    def visit_While(self, node):
        self.visit_loop(node, "while", None, text(node.test))

    def visit_comprehension_owner(self, node, kind):
        first = node.generators[0]
        self.loops.append({"kind": kind, "line": node.lineno, "target": text(first.target), "over": text(first.iter),
                           "depth": self.loop_depth, "function": self.current()})
        self.generic_visit(node)

    def visit_ListComp(self, node):
        self.visit_comprehension_owner(node, "list comprehension")

    def visit_SetComp(self, node):
        self.visit_comprehension_owner(node, "set comprehension")

    def visit_DictComp(self, node):
        self.visit_comprehension_owner(node, "dict comprehension")

    def visit_GeneratorExp(self, node):
        self.visit_comprehension_owner(node, "generator expression")

    def visit_If(self, node):
        self.branches.append({"test": text(node.test), "line": node.lineno, "function": self.current()})
        self.generic_visit(node)

    def visit_Assign(self, node):
        kind = {ast.Dict: "dict", ast.Set: "set", ast.List: "list"}.get(type(node.value))
        if isinstance(node.value, ast.Call):
            name = called_name(node.value)
            kind = name if name in STRUCTURE_CALLS else None
        if kind and len(node.targets) == 1 and isinstance(node.targets[0], (ast.Name, ast.Attribute)):
            self.structures.append({"kind": kind, "name": text(node.targets[0]), "line": node.lineno, "function": self.current()})
        self.generic_visit(node)

    def visit_Call(self, node):
        name = called_name(node)
        if self.function_stack and name == self.function_stack[-1]["name"]:
            self.function_stack[-1]["recursive"] = True
        if name in ("heappush", "heappop", "heapify") and node.args:
            self.structures.append({"kind": "heap", "name": text(node.args[0]), "line": node.lineno, "function": self.current()})
        self.generic_visit(node)

    def visit_ExceptHandler(self, node):
        self.handlers.append({"exception": text(node.type) if node.type else "everything", "line": node.lineno,
                              "function": self.current()})
        self.generic_visit(node)


source = sys.stdin.read()
try:
    tree = ast.parse(source)
except SyntaxError as e:
    print(json.dumps({"error": f"line {e.lineno}: {e.msg}"}))
    sys.exit(0)
outline = Outline()
outline.visit(tree)
print(json.dumps({"functions": outline.functions, "loops": outline.loops, "branches": outline.branches,
                  "structures": outline.structures, "handlers": outline.handlers}))
