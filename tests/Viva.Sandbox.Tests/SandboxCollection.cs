namespace Viva.Sandbox.Tests;

/// <summary>Every sandbox test shares one fixture (one pool, one canary, one capped cgroup).</summary>
[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
