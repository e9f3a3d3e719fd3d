namespace Viva.Sandbox;

/// <summary>How a run ended.</summary>
public enum RunStatus
{
    /// <summary>Exited with status 0.</summary>
    Ok,
    /// <summary>Exited non-zero, e.g. an uncaught exception.</summary>
    Error,
    /// <summary>Ran past the wall-clock or CPU limit and was killed.</summary>
    Timeout,
    /// <summary>Ran out of its memory limit.</summary>
    Memory,
    /// <summary>Wrote more than the output cap and was stopped.</summary>
    OutputLimit,
    /// <summary>Ended by a signal for another reason (a crash, a kill).</summary>
    Killed,
}
