using System.Net;
using System.Net.Sockets;

namespace Viva.Sandbox.Tests;

/// <summary>Attempts to see or reach the host: files, environment, network, processes, kernel interfaces.</summary>
[Collection(SandboxCollection.Name)]
public sealed class EscapeAttackTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Reading_etc_shadow_fails()
    {
        var r = await sandbox.RunHostileAsync("print(open('/etc/shadow').read())");
        Assert.Equal(RunStatus.Error, r.Status);
        Assert.Contains("FileNotFoundError", r.Stderr);
    }

    [Fact]
    public async Task The_apps_own_files_and_home_are_invisible()
    {
        var app = AppContext.BaseDirectory.Replace("'", "", StringComparison.Ordinal);
        var r = await sandbox.RunHostileAsync($"import os\nprint([os.path.exists(p) for p in ('{app}', '/root/.bashrc', '/home', '/run', '/var', '/etc/passwd')])");
        Assert.Equal("[False, False, False, False, False, False]\n", r.Stdout);
    }

    [Fact]
    public async Task Environment_is_empty_of_host_values_including_pid_1()
    {
        Environment.SetEnvironmentVariable("VIVA_TEST_SECRET", "s3cret");
        var r = await sandbox.RunHostileAsync("import os\nprint(sorted(os.environ))\ntry:\n    print(open('/proc/1/environ').read())\nexcept OSError as e:\n    print('denied', e.errno)");
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.DoesNotContain("s3cret", r.Stdout);
        Assert.DoesNotContain("VIVA_TEST_SECRET", r.Stdout);
        Assert.Equal("['HOME', 'LANG', 'MALLOC_ARENA_MAX', 'PATH', 'PWD', 'PYTHONHASHSEED']", r.Stdout.Split('\n')[0]);
    }

    [Fact]
    public async Task Tcp_to_a_server_on_the_hosts_loopback_fails()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var r = await sandbox.RunHostileAsync($"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=1)\n    print('connected')\nexcept OSError as e:\n    print('refused', e.errno)");
        Assert.StartsWith("refused", r.Stdout);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task Abstract_unix_socket_on_the_host_is_unreachable()
    {
        using var host = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        host.Bind(new UnixDomainSocketEndPoint("\0viva-test-" + Environment.ProcessId));
        host.Listen();
        var r = await sandbox.RunHostileAsync($"import socket\ns = socket.socket(socket.AF_UNIX)\ntry:\n    s.connect('\\0viva-test-{Environment.ProcessId}')\n    print('connected')\nexcept OSError as e:\n    print('refused', e.errno)");
        Assert.StartsWith("refused", r.Stdout);
    }

    [Fact]
    public async Task Dns_lookup_fails()
    {
        var r = await sandbox.RunHostileAsync("import socket\ntry:\n    print(socket.gethostbyname('example.com'))\nexcept OSError as e:\n    print('failed', type(e).__name__)");
        Assert.StartsWith("failed", r.Stdout);
    }

    [Fact]
    public async Task Vsock_netlink_and_packet_sockets_are_refused_by_seccomp()
    {
        var r = await sandbox.RunHostileAsync("import socket\nfor family in (40, 16, 17):\n    try:\n        socket.socket(family, socket.SOCK_DGRAM)\n        print('open')\n    except OSError as e:\n        print(e.errno)");
        Assert.Equal("97\n97\n97\n", r.Stdout); // EAFNOSUPPORT
    }

    [Fact]
    public async Task Kernel_interfaces_outside_namespaces_are_refused()
    {
        // unshare(CLONE_NEWUSER), io_uring_setup, keyctl, bpf, ptrace, mount: all EPERM.
        var code = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\nfor nr, args in ((272, (0x10000000,)), (425, (1, 0)), (250, (0,)), (321, (0, 0, 0)), (101, (16, 1)), (165, (0, 0, 0, 0, 0))):\n    print(libc.syscall(nr, *args), ctypes.get_errno())";
        var r = await sandbox.RunHostileAsync(code);
        Assert.Equal(string.Concat(Enumerable.Repeat("-1 1\n", 6)), r.Stdout);
    }

    [Fact]
    public async Task Runs_as_an_unprivileged_uid_without_capabilities()
    {
        var r = await sandbox.RunHostileAsync("import os\nprint(os.getuid(), os.getgid(), os.getgroups())\nprint([l for l in open('/proc/self/status') if l.startswith('CapEff')][0].split()[1])");
        var lines = r.Stdout.Split('\n');
        Assert.Matches("^600[0-9]{2} 600[0-9]{2} \\[\\]$", lines[0]);
        Assert.Equal("0000000000000000", lines[1]);
    }

    [Fact]
    public async Task Root_and_dev_are_read_only()
    {
        var r = await sandbox.RunHostileAsync("for p in ('/x', '/dev/x', '/usr/lib/x86_64-linux-gnu/x'):\n    try:\n        open(p, 'w'); print('wrote', p)\n    except OSError as e:\n        print(e.errno)");
        Assert.DoesNotContain("wrote", r.Stdout);
    }

    [Fact]
    public async Task Killing_the_parent_and_pid_1_does_not_hurt_the_host()
    {
        var r = await sandbox.RunHostileAsync("import os, signal\nfor pid in (1, os.getppid(), -1):\n    try: os.kill(pid, signal.SIGKILL)\n    except OSError as e: print(pid, e.errno)\nimport time; time.sleep(1)");
        Assert.NotEqual(RunStatus.Ok, r.Status);
        var after = await sandbox.RunHostileAsync("print('alive')");
        Assert.Equal("alive\n", after.Stdout);
    }

    [Fact]
    public async Task Double_forked_setsid_daemon_is_gone_after_the_run()
    {
        var daemon = "import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        while True:\n            open('/tmp/beacon', 'a').write('x'); time.sleep(0.05)\n    os._exit(0)\nprint('parent done')";
        var r = await sandbox.RunHostileAsync(daemon);
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.InRange(r.WallMs, 0, 1500);
        var ps = await sandbox.RunHostileAsync("import os\nprint(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))\nprint(os.path.exists('/tmp/beacon'))");
        Assert.EndsWith("False\n", ps.Stdout);
        Assert.True(ps.Stdout.Split('\n')[0].Split(',').Length <= 4, ps.Stdout);
    }

    [Fact]
    public async Task Segfault_via_ctypes_is_the_programs_error_not_fatal()
    {
        var r = await sandbox.RunHostileAsync("import ctypes\nctypes.string_at(0)");
        Assert.Equal(RunStatus.Error, r.Status);
        Assert.Equal(128 + 11, r.ExitCode);
        var after = await sandbox.RunHostileAsync("print('alive')");
        Assert.Equal("alive\n", after.Stdout);
    }

    [Fact]
    public async Task The_only_programs_in_bin_are_the_read_only_tools()
    {
        var r = await sandbox.RunHostileAsync("import os\nprint(' '.join(sorted(n for n in os.listdir('/usr/bin') if not n.startswith('python'))))\nfor p in ('/usr/bin/ls', '/usr/bin/new'):\n    try:\n        open(p, 'w')\n    except OSError as e:\n        print(e.errno in (13, 30))");
        Assert.Equal("cat dash echo env false head ls printf setpriv sh sleep sort true wc\nTrue\nTrue\n", r.Stdout);
    }

    [Fact]
    public async Task Stdin_is_the_given_text_and_there_is_no_tty()
    {
        var r = await sandbox.RunHostileAsync("import sys\nprint(repr(sys.stdin.read()))\ntry:\n    open('/dev/tty')\n    print('tty')\nexcept OSError as e:\n    print('no tty', e.errno)", stdin: "abc\n");
        Assert.Equal("'abc\\n'\nno tty 6\n", r.Stdout.Replace("no tty 2", "no tty 6", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_run_leaves_nothing_the_next_run_can_see()
    {
        await sandbox.RunHostileAsync("import os\nfor p in ('/work/left', '/tmp/left', '/dev/shm/left'): open(p, 'w').write('x')");
        for (var i = 0; i < 6; i++) // more runs than slots, so some land on a reused slot
        {
            var r = await sandbox.RunHostileAsync("import os\nprint(os.listdir('/work'), os.listdir('/tmp'), os.listdir('/dev/shm'))");
            Assert.Equal("['main.py'] [] []\n", r.Stdout); // only this run's own program
        }
    }
}
