namespace Viva.Sandbox;

/// <summary>The sandbox cannot start on this machine (bubblewrap missing, not root, a sandbox that failed to start).</summary>
public sealed class SandboxUnavailableException : Exception
{
    public SandboxUnavailableException() : base("the sandbox is unavailable") { }
    public SandboxUnavailableException(string message) : base(message) { }
    public SandboxUnavailableException(string message, Exception inner) : base(message, inner) { }
}
