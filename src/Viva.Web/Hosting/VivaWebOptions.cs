namespace Viva.Web.Hosting;

/// <summary>How <c>viva serve</c> starts the web app: where it listens, which bank it serves, which database it keeps.</summary>
public sealed record VivaWebOptions
{
    /// <summary>Accounts, sign-in and per-user data (<c>viva serve --multi-user</c>); off: the local single-user study room.</summary>
    public bool MultiUser { get; init; }
    /// <summary>Where to listen: loopback unless multi-user mode is on and another address is given.</summary>
    public System.Net.IPAddress ListenAddress { get; init; } = System.Net.IPAddress.Loopback;
    /// <summary>The port; 0 picks a free one (the tests do).</summary>
    public int Port { get; init; } = 5080;
    /// <summary>Bank directories (the bundled bank when empty is resolved by the caller).</summary>
    public required IReadOnlyList<string> BankPaths { get; init; }
    /// <summary>An SQLite path or connection string, or a PostgreSQL connection string; null for the default.</summary>
    public string? Database { get; init; }
    /// <summary>The Python to run examples and exercises with; null finds python3.</summary>
    public string? PythonVersion { get; init; }
    /// <summary>Largest program accepted by <c>POST /api/run</c> and the exercise form, in UTF-16 characters.</summary>
    public int MaxCodeLength { get; init; } = 64 * 1024;
    /// <summary>Runs executing at once; more wait in a short queue, then get 429.</summary>
    public int RunConcurrency { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);
    /// <summary>Runs allowed per second on average (a token bucket), beyond which clients get 429.</summary>
    public int RunsPerSecond { get; init; } = 100;
    /// <summary>Runs one user may start per minute (multi-user mode), counted in the database so it holds across web nodes.</summary>
    public int RunsPerUserPerMinute { get; init; } = 60;
    /// <summary>Sign-in attempts allowed per client address per minute (multi-user mode).</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10;
    /// <summary>A NATS server with JetStream (scale-out): runs go to `viva worker` processes through it instead of this process's sandboxes; null runs them here.</summary>
    public Uri? Nats { get; init; }
    /// <summary>The SMTP server for notifications (<c>smtp://user:password@host:587</c>, STARTTLS when offered; <c>smtps://</c> for TLS from the start); null sends no mail.</summary>
    public Uri? Smtp { get; init; }
    /// <summary>The sender of notifications; required with <see cref="Smtp"/>.</summary>
    public string? MailFrom { get; init; }
    /// <summary>The address people reach this server at (behind a TLS proxy it is not the one it listens on), for links in e-mails; null uses the listening address.</summary>
    public Uri? PublicUrl { get; init; }
    /// <summary>How often the assessment sweeper submits attempts whose time is over and settles submissions.</summary>
    public TimeSpan AssessmentSweepInterval { get; init; } = TimeSpan.FromSeconds(30);
}
