namespace Viva.Sandbox.Isolation;

/// <summary>
/// A host uid held by one pool slot, exclusively across every process on the machine. RLIMIT_NPROC
/// counts a uid's processes machine-wide, so two pools (say a test run and a web server) that gave
/// their slots the same uid would share one process budget, and a fork bomb in one would starve the
/// other. Each claim holds an exclusive lock on a file named after the uid (.NET takes flock for
/// FileShare.None); the kernel drops the lock if the process dies, so a crash frees its uids.
/// </summary>
internal sealed class UidClaim : IDisposable
{
    private const string LockDirectory = "/run/viva-sandbox-uids";
    private const int Span = 4096;
    private readonly FileStream _lock;

    private UidClaim(int uid, FileStream lockFile)
    {
        Uid = uid;
        _lock = lockFile;
    }

    public int Uid { get; }

    /// <summary>The first free uid at or above <paramref name="baseUid"/>.</summary>
    public static UidClaim Take(int baseUid)
    {
        if (!OperatingSystem.IsLinux())
            throw new SandboxUnavailableException("the sandbox runs on Linux only");
        Directory.CreateDirectory(LockDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        for (var uid = baseUid; uid < baseUid + Span; uid++)
        {
            try
            {
                return new UidClaim(uid, new FileStream(Path.Combine(LockDirectory, $"{uid}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // held by another pool, in this process or another one
            }
        }
        throw new SandboxUnavailableException($"no free sandbox uid in {baseUid}-{baseUid + Span - 1}");
    }

    public void Dispose() => _lock.Dispose();
}
