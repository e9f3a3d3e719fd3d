namespace Viva.Core.Similarity;

/// <summary>
/// A Python tokenizer for fingerprinting, not for parsing: it never fails (unterminated strings and brackets just
/// end at the end of the text) and it keeps only what says how a program is built. Identifiers become one
/// placeholder (<c>N</c>), except the builtins when asked to keep them (renaming a call to <c>len</c> breaks the
/// program, so a disguise cannot change them); string and number literals become <c>S</c> and <c>0</c>; comments,
/// docstrings (any statement that is only a string), blank lines, line continuations and spacing are dropped;
/// NEWLINE, INDENT and DEDENT stay, because in Python the indentation is the block structure.
/// </summary>
public static class PythonTokenizer
{
    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    /// <summary>Python 3's builtin functions and types (the names a program cannot rename without breaking).</summary>
    private static readonly HashSet<string> Builtins =
    [
        "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
        "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
        "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
        "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
        "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
        "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
        "Exception", "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError",
        "StopIteration", "NotImplementedError", "AttributeError",
    ];

    private static readonly string[] Operators3 = ["**=", "//=", ">>=", "<<=", "..."];
    private static readonly string[] Operators2 = ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="];

    /// <summary>Tokenizes and normalises <paramref name="source"/>; <paramref name="keepBuiltins"/> keeps builtin names as themselves.</summary>
    public static IReadOnlyList<PythonToken> Tokenize(string source, bool keepBuiltins = true)
    {
        var s = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var tokens = new List<PythonToken>();
        var indents = new Stack<int>();
        indents.Push(0);
        var depth = 0;
        var line = 1;
        var lineStart = 0;
        var i = 0;
        var atLineStart = true;
        var logicalStart = 0; // index in tokens of the current logical line's first token

        while (i < s.Length)
        {
            if (atLineStart && depth == 0)
            {
                var width = 0;
                while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
                {
                    width = s[i] == '\t' ? (width / 8 + 1) * 8 : s[i] == '\f' ? 0 : width + 1;
                    i++;
                }
                if (i >= s.Length)
                    break;
                if (s[i] == '\n' || s[i] == '#')
                {
                    while (i < s.Length && s[i] != '\n')
                        i++;
                    if (i < s.Length)
                    {
                        i++;
                        line++;
                        lineStart = i;
                    }
                    continue;
                }
                atLineStart = false;
                var column = i - lineStart + 1;
                if (width > indents.Peek())
                {
                    indents.Push(width);
                    tokens.Add(new PythonToken(PythonTokenKind.Indent, "IN", line, column));
                }
                while (width < indents.Peek() && indents.Count > 1)
                {
                    indents.Pop();
                    tokens.Add(new PythonToken(PythonTokenKind.Dedent, "DE", line, column));
                }
                logicalStart = tokens.Count;
            }

            var c = s[i];
            var col = i - lineStart + 1;
            if (c == '\n')
            {
                i++;
                if (depth == 0)
                {
                    EndLogicalLine(tokens, ref logicalStart, line, col);
                    atLineStart = true;
                }
                line++;
                lineStart = i;
            }
            else if (c is ' ' or '\t' or '\f')
            {
                i++;
            }
            else if (c == '#')
            {
                while (i < s.Length && s[i] != '\n')
                    i++;
            }
            else if (c == '\\' && i + 1 < s.Length && s[i + 1] == '\n')
            {
                i += 2;
                line++;
                lineStart = i;
            }
            else if (IsStringStart(s, i, out var quoteAt))
            {
                var startLine = line;
                i = quoteAt;
                var quote = s[i];
                var triple = i + 2 < s.Length && s[i + 1] == quote && s[i + 2] == quote;
                i += triple ? 3 : 1;
                while (i < s.Length)
                {
                    if (s[i] == '\\' && i + 1 < s.Length)
                    {
                        if (s[i + 1] == '\n')
                        {
                            line++;
                            lineStart = i + 2;
                        }
                        i += 2;
                        continue;
                    }
                    if (s[i] == '\n')
                    {
                        if (!triple)
                            break; // unterminated: the newline ends it
                        line++;
                        lineStart = i + 1;
                    }
                    if (s[i] == quote && (!triple || (i + 2 < s.Length && s[i + 1] == quote && s[i + 2] == quote)))
                    {
                        i += triple ? 3 : 1;
                        break;
                    }
                    i++;
                }
                tokens.Add(new PythonToken(PythonTokenKind.StringLiteral, "S", startLine, col));
            }
            else if (char.IsDigit(c) || (c == '.' && i + 1 < s.Length && char.IsDigit(s[i + 1])))
            {
                i++;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_' || s[i] == '.'
                    || ((s[i] == '+' || s[i] == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E') && !IsHex(s, i))))
                    i++;
                tokens.Add(new PythonToken(PythonTokenKind.NumberLiteral, "0", line, col));
            }
            else if (char.IsLetter(c) || c == '_' || c > 127)
            {
                var start = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_' || (s[i] > 127 && !char.IsWhiteSpace(s[i]))))
                    i++;
                var word = s[start..i];
                var afterDot = tokens.Count > 0 && tokens[^1].Text == ".";
                tokens.Add(Keywords.Contains(word) ? new PythonToken(PythonTokenKind.Keyword, word, line, col)
                    : keepBuiltins && !afterDot && Builtins.Contains(word) ? new PythonToken(PythonTokenKind.Builtin, word, line, col)
                    : new PythonToken(PythonTokenKind.Name, "N", line, col));
            }
            else
            {
                var op = Operators3.FirstOrDefault(o => string.CompareOrdinal(s, i, o, 0, 3) == 0)
                    ?? Operators2.FirstOrDefault(o => string.CompareOrdinal(s, i, o, 0, 2) == 0)
                    ?? c.ToString();
                if (op is "(" or "[" or "{")
                    depth++;
                else if (op is ")" or "]" or "}" && depth > 0)
                    depth--;
                i += op.Length;
                tokens.Add(new PythonToken(PythonTokenKind.Operator, op, line, col));
            }
        }
        EndLogicalLine(tokens, ref logicalStart, line, i - lineStart + 1);
        while (indents.Count > 1)
        {
            indents.Pop();
            tokens.Add(new PythonToken(PythonTokenKind.Dedent, "DE", line, 1));
        }
        return tokens;
    }

    /// <summary>Ends a logical line: a NEWLINE after it, unless it is empty or only strings (a docstring), which is dropped.</summary>
    private static void EndLogicalLine(List<PythonToken> tokens, ref int logicalStart, int line, int column)
    {
        var count = tokens.Count - logicalStart;
        if (count > 0 && tokens.Skip(logicalStart).All(t => t.Kind == PythonTokenKind.StringLiteral))
            tokens.RemoveRange(logicalStart, count);
        else if (count > 0 && tokens[^1].Kind is not (PythonTokenKind.Indent or PythonTokenKind.Dedent or PythonTokenKind.Newline))
            tokens.Add(new PythonToken(PythonTokenKind.Newline, "NL", line, column));
        logicalStart = tokens.Count;
    }

    /// <summary>A quote, or a string prefix (r, b, u, f and their pairs, any case) right before one.</summary>
    private static bool IsStringStart(string s, int i, out int quoteAt)
    {
        quoteAt = i;
        for (var n = 0; n <= 2 && i + n < s.Length; n++)
        {
            var ch = s[i + n];
            if (ch is '"' or '\'')
            {
                quoteAt = i + n;
                return n == 0 || (i == 0 || !(char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_'));
            }
            if (char.ToLowerInvariant(ch) is not ('r' or 'b' or 'u' or 'f'))
                return false;
        }
        return false;
    }

    private static bool IsHex(string s, int i)
    {
        var j = i - 1;
        while (j > 0 && (char.IsLetterOrDigit(s[j]) || s[j] == '_'))
            j--;
        return j + 2 < s.Length && s[j + 1] == '0' && (s[j + 2] == 'x' || s[j + 2] == 'X');
    }
}
