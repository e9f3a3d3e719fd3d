namespace Viva.Sandbox;

/// <summary>How a run ended.</summary>
public enum RunStatus
{
    /// <summary>Exited with status 0.</summary>
    Ok,
    /// <summary>
    /// Exited non-zero (an uncaught exception) or died of a signal of its own making (a segfault, an
    /// abort, a kill it sent itself; its name ends stderr, as a shell would say it).
    /// </summary>
    Error,
    /// <summary>Ran past the wall-clock or CPU limit and was killed.</summary>
    Timeout,
    /// <summary>Ran out of its memory limit.</summary>
    Memory,
    /// <summary>Wrote more than the output cap and was stopped.</summary>
    OutputLimit,
    /// <summary>Stopped by the sandbox for another reason: a refused system call ABI, the file size limit, a killed supervisor.</summary>
    Killed,
}
