namespace Viva.Sandbox;

/// <summary>The runner's queue is full: the caller should retry later (back-pressure, not a failure of the code).</summary>
public sealed class SandboxBusyException : Exception
{
    public SandboxBusyException() : base("the sandbox is busy: too many runs are waiting; retry shortly") { }
    public SandboxBusyException(string message) : base(message) { }
    public SandboxBusyException(string message, Exception inner) : base(message, inner) { }
}
