namespace Viva.Core.Similarity;

/// <summary>The kinds of token the fingerprinting tokenizer emits; layout survives only as NEWLINE, INDENT and DEDENT.</summary>
public enum PythonTokenKind
{
    Keyword,
    Name,
    Builtin,
    StringLiteral,
    NumberLiteral,
    Operator,
    Newline,
    Indent,
    Dedent,
}
