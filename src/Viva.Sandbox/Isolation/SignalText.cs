namespace Viva.Sandbox.Isolation;

/// <summary>How a shell reports a program that died of a signal: glibc's description and the signal's name.</summary>
internal static class SignalText
{
    public const int Int = 2, Abrt = 6, Kill = 9, Pipe = 13, Xcpu = 24, Xfsz = 25, Sys = 31;

    private static readonly Dictionary<int, (string Name, string Text)> Known = new()
    {
        [1] = ("SIGHUP", "Hangup"), [Int] = ("SIGINT", "Interrupt"), [3] = ("SIGQUIT", "Quit"),
        [4] = ("SIGILL", "Illegal instruction"), [5] = ("SIGTRAP", "Trace/breakpoint trap"), [Abrt] = ("SIGABRT", "Aborted"),
        [7] = ("SIGBUS", "Bus error"), [8] = ("SIGFPE", "Floating point exception"), [Kill] = ("SIGKILL", "Killed"),
        [10] = ("SIGUSR1", "User defined signal 1"), [11] = ("SIGSEGV", "Segmentation fault"), [12] = ("SIGUSR2", "User defined signal 2"),
        [Pipe] = ("SIGPIPE", "Broken pipe"), [14] = ("SIGALRM", "Alarm clock"), [15] = ("SIGTERM", "Terminated"),
        [16] = ("SIGSTKFLT", "Stack fault"), [Xcpu] = ("SIGXCPU", "CPU time limit exceeded"), [Xfsz] = ("SIGXFSZ", "File size limit exceeded"),
        [26] = ("SIGVTALRM", "Virtual timer expired"), [27] = ("SIGPROF", "Profiling timer expired"), [29] = ("SIGIO", "I/O possible"),
        [30] = ("SIGPWR", "Power failure"), [Sys] = ("SIGSYS", "Bad system call"),
    };

    /// <summary>"Segmentation fault (SIGSEGV)"; null for SIGINT and SIGPIPE, which shells leave unsaid.</summary>
    public static string? Describe(int signal) => signal switch
    {
        Int or Pipe => null,
        _ when Known.TryGetValue(signal, out var known) => $"{known.Text} ({known.Name})",
        _ => $"Signal {signal}",
    };
}
