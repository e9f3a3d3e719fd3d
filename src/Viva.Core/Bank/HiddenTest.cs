namespace Viva.Core.Bank;

/// <summary>
/// One hidden test: Python that runs after the submission and leaves its observation in <c>result</c>,
/// and the JSON value that observation must equal. Only <see cref="Code"/> enters the sandbox;
/// <see cref="Expected"/> stays on the host, which compares.
/// </summary>
public sealed record HiddenTest(string Name, CodeBlock Code, CodeBlock Expected, int Line);
