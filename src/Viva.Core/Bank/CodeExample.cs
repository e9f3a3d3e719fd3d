namespace Viva.Core.Bank;

/// <summary>A runnable example: Python code and the exact standard output CPython prints for it.</summary>
public sealed record CodeExample(string Title, PythonRange Python, string Prose, CodeBlock Code, CodeBlock Output, int Line);
