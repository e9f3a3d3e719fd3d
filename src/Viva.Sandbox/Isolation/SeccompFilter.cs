using System.Buffers.Binary;

namespace Viva.Sandbox.Isolation;

/// <summary>
/// A classic-BPF seccomp program for x86-64, assembled here so no compiler or libseccomp is needed at
/// run time. It refuses what no exercise needs and no namespace covers; bwrap loads it (--seccomp FD)
/// just before the sandboxed command starts, under no_new_privs.
/// </summary>
internal static class SeccompFilter
{
    private const uint AuditArchX8664 = 0xC000003E;
    private const uint X32SyscallBit = 0x40000000;
    private const uint RetAllow = 0x7FFF0000;
    private const uint RetKillProcess = 0x80000000;
    private const uint EPERM = 1, ENOSYS = 38, EAFNOSUPPORT = 97;
    // CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET | NEWTIME
    private const uint CloneNamespaceFlags = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x00000080;
    private const uint SysSocket = 41, SysClone = 56;

    /// <summary>Syscalls refused with EPERM (x86-64 numbers), grouped by why.</summary>
    private static readonly (string Name, uint Nr)[] Refused =
    [
        ("ptrace", 101), ("process_vm_readv", 310), ("process_vm_writev", 311),
        ("mount", 165), ("umount2", 166), ("pivot_root", 155), ("chroot", 161), ("open_tree", 428), ("move_mount", 429),
        ("fsopen", 430), ("fsconfig", 431), ("fsmount", 432), ("fspick", 433), ("mount_setattr", 442),
        ("unshare", 272), ("setns", 308),
        ("io_uring_setup", 425), ("io_uring_enter", 426), ("io_uring_register", 427),
        ("keyctl", 250), ("add_key", 248), ("request_key", 249),
        ("bpf", 321), ("perf_event_open", 298), ("userfaultfd", 323),
        ("kexec_load", 246), ("kexec_file_load", 320), ("init_module", 175), ("finit_module", 313), ("delete_module", 176),
        ("acct", 163), ("swapon", 167), ("swapoff", 168), ("reboot", 169), ("syslog", 103), ("quotactl", 179),
        ("iopl", 172), ("ioperm", 173), ("modify_ldt", 154), ("personality", 135), ("vhangup", 153),
        ("name_to_handle_at", 303), ("open_by_handle_at", 304), ("lookup_dcookie", 212),
        // A sandbox serves several runs in turn and its IPC namespace with them: SysV objects and POSIX
        // message queues outlive their creator there, so refusing them is simpler than removing them.
        ("shmget", 29), ("semget", 64), ("msgget", 68), ("mq_open", 240),
    ];

    /// <summary>A one-line summary for the start-up report.</summary>
    public static string Summary =>
        $"seccomp: x86-64 only (int 0x80 and x32 refused), sockets only unix/inet/inet6, clone without new namespaces, clone3 -> ENOSYS, refused: {string.Join(' ', Refused.Select(r => r.Name))}";

    /// <summary>The program as bwrap reads it: an array of struct sock_filter.</summary>
    public static byte[] Build()
    {
        var p = new List<(ushort Code, byte Jt, byte Jf, uint K)>();
        void Load(uint offset) => p.Add((0x20, 0, 0, offset));               // BPF_LD|BPF_W|BPF_ABS
        void JumpIfEqual(uint k, byte jt, byte jf) => p.Add((0x15, jt, jf, k)); // BPF_JMP|BPF_JEQ|BPF_K
        void Return(uint k) => p.Add((0x06, 0, 0, k));                        // BPF_RET|BPF_K
        static uint Errno(uint e) => 0x00050000 | e;

        Load(4); // arch: the 32-bit ABI (int 0x80) reports AUDIT_ARCH_I386 and is killed outright
        JumpIfEqual(AuditArchX8664, 1, 0);
        Return(RetKillProcess);
        Load(0); // syscall number
        p.Add((0x35, 0, 1, X32SyscallBit)); // BPF_JMP|BPF_JGE: the x32 ABI
        Return(Errno(ENOSYS));
        JumpIfEqual(435, 0, 1); // clone3 cannot be filtered by flags; glibc falls back to clone
        Return(Errno(ENOSYS));
        foreach (var (_, nr) in Refused)
        {
            JumpIfEqual(nr, 0, 1);
            Return(Errno(EPERM));
        }
        JumpIfEqual(SysSocket, 0, 6); // AF_VSOCK, AF_NETLINK, AF_PACKET... reach past the namespace
        Load(16);
        JumpIfEqual(1, 3, 0);  // AF_UNIX
        JumpIfEqual(2, 2, 0);  // AF_INET
        JumpIfEqual(10, 1, 0); // AF_INET6
        Return(Errno(EAFNOSUPPORT));
        Return(RetAllow);
        JumpIfEqual(SysClone, 0, 3);
        Load(16);
        p.Add((0x45, 0, 1, CloneNamespaceFlags)); // BPF_JMP|BPF_JSET
        Return(Errno(EPERM));
        Return(RetAllow);

        var bytes = new byte[p.Count * 8];
        for (var i = 0; i < p.Count; i++)
        {
            var s = bytes.AsSpan(i * 8);
            BinaryPrimitives.WriteUInt16LittleEndian(s, p[i].Code);
            s[2] = p[i].Jt;
            s[3] = p[i].Jf;
            BinaryPrimitives.WriteUInt32LittleEndian(s[4..], p[i].K);
        }
        return bytes;
    }
}
