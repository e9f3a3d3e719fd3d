namespace Viva.Core.Grading;

/// <summary>
/// General synonym groups the matcher maps words to before comparing them, so "drop the lock" meets
/// "release the GIL". They are ordinary English and programming vocabulary, not tied to any question
/// (nothing here is per key point): a word maps to its group's name, <c>#name</c>.
/// </summary>
public static class Concepts
{
    private static readonly string[][] Groups =
    [
        ["release", "released", "releases", "releasing", "drop", "drops", "dropped", "dropping", "relinquish", "relinquishes", "yield", "yields", "free", "frees", "freed", "unlock", "unlocks", "unlocked", "surrender"],
        ["protect", "protects", "protected", "protection", "guard", "guards", "guarded", "safeguard", "safeguards", "shield", "shields"],
        ["parallel", "parallelism", "simultaneously", "concurrently", "simultaneous", "multicore", "cores"],
        ["slow", "slower", "slowdown", "slows", "overhead", "costly", "expensive"],
        ["fast", "faster", "speed", "speedup", "quick", "quicker", "cheap", "cheaper", "cheaply"],
        ["error", "errors", "exception", "exceptions", "raise", "raises", "raised", "throws", "thrown"],
        ["call", "calls", "called", "calling", "invoke", "invokes", "invoked", "invoking", "invocation", "run", "runs", "ran", "execute", "executes", "executed", "executing", "execution"],
        ["create", "creates", "created", "creating", "creation", "build", "builds", "built", "construct", "constructs", "constructed", "instantiate", "instantiates", "instantiated", "new"],
        ["store", "stores", "stored", "storing", "keep", "keeps", "kept", "save", "saves", "saved", "hold", "holds", "held", "put", "puts", "live", "lives"],
        ["shared", "share", "shares", "common", "global", "single"],
        ["start", "starts", "started", "begin", "begins", "beginning", "first", "initially"],
        ["end", "ends", "finish", "finishes", "finished", "complete", "completes", "completed", "done", "exit", "exits", "exited", "terminate", "terminates", "last"],
        ["wait", "waits", "waiting", "waited", "block", "blocks", "blocked", "blocking", "await", "awaits", "sleep", "sleeps", "sleeping"],
        ["change", "changes", "changed", "modify", "modifies", "modified", "mutate", "mutates", "mutated", "mutation", "alter", "alters", "altered", "update", "updates", "updated"],
        ["copy", "copies", "copied", "duplicate", "duplicates", "clone", "clones"],
        ["find", "finds", "found", "lookup", "look", "looks", "search", "searches", "resolve", "resolves", "resolved", "resolution"],
        ["return", "returns", "returned", "give", "gives", "gave", "given", "produce", "produces", "produced", "yielding"],
        ["default", "defaults", "standard", "normal", "regular", "stock", "usual", "ordinary", "plain"],
        ["wrong", "incorrect", "bug", "bugs", "broken", "surprising", "surprise"],
        ["safe", "safely", "consistent", "consistency", "intact", "sane", "correct", "integrity"],
        ["memory", "ram", "heap"],
        ["object", "objects", "instance", "instances", "value", "values"],
        ["function", "functions", "callable", "callables", "func", "method", "methods"],
        ["attribute", "attributes", "attr", "attrs", "field", "fields", "member", "members"],
        ["class", "classes", "type", "types"],
        ["variable", "variables", "name", "names", "binding", "bindings"],
        ["argument", "arguments", "arg", "args", "parameter", "parameters", "param", "params"],
        ["cpu-bound", "cpu", "compute", "computation", "crunching", "number-crunching", "cpu-heavy", "compute-bound"],
        ["io-bound", "io", "network", "network-bound", "socket", "sockets", "disk", "network-heavy"],
        ["process", "processes", "multiprocessing", "subprocess", "subprocesses", "worker", "workers"],
        ["thread", "threads", "threading", "multithreading", "multithreaded"],
        ["test", "tests", "testing", "tested", "unittest", "pytest"],
        ["replace", "replaces", "replaced", "replacing", "swap", "swaps", "swapped", "substitute", "patch", "patches", "patched", "patching", "override", "overrides", "overridden", "shadow", "shadows", "shadowed", "hide", "hides", "hidden"],
        ["once", "single", "one"],
        ["each", "every", "per"],
        ["ignore", "ignores", "ignored", "skip", "skips", "skipped", "bypass", "bypasses", "bypassed"],
        ["remove", "removes", "removed", "delete", "deletes", "deleted", "deletion", "drop"],
        ["add", "adds", "added", "append", "appends", "appended", "insert", "inserts", "inserted"],
        ["fail", "fails", "failed", "failure", "crash", "crashes", "crashed", "break", "breaks"],
        ["big", "large", "huge", "heavy", "long"],
        ["small", "tiny", "short", "little", "cheap"],
        ["lock", "locks", "mutex", "mutexes", "gil"],
        ["cache", "caches", "cached", "caching", "memoize", "memoizes", "memoized", "memoise"],
        ["order", "ordering", "ordered", "sequence", "precedence", "priority", "mro"],
        ["read", "reads", "reading", "load", "loads", "loaded", "loading", "fetch", "fetches", "get"],
        ["write", "writes", "writing", "written", "set", "sets", "assign", "assigns", "assigned", "assignment", "store"],
        ["immediately", "eagerly", "upfront", "early"],
        ["lazily", "lazy", "later", "deferred", "demand", "late"],
        ["same", "identical", "equal", "equivalent"],
        ["reference", "references", "ref", "refs", "pointer", "pointers", "refcount", "refcounts", "refcounting"],
        ["interpreter", "interpreters", "runtime", "cpython", "vm"],
        ["configure", "configures", "configured", "configuration", "config", "setup", "settings"],
        ["dependency", "dependencies", "deps", "package", "packages", "library", "libraries", "module", "modules"],
    ];

    private static readonly Dictionary<string, string> Map = Build();

    /// <summary>The group a word belongs to (<c>#first-word</c>), or null.</summary>
    public static string? Group(string word) => Map.GetValueOrDefault(word);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in Groups)
        {
            foreach (var w in g)
                map.TryAdd(w, "#" + g[0]);
        }
        return map;
    }
}
