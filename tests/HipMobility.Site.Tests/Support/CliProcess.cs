using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HipMobility.Tests.Support;

/// <summary>The real <c>hipmobility</c> command line as a long-running child process (for serve mode), its output collected.</summary>
public sealed class CliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_gate) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_gate) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output { get { lock (_gate) return _output.ToString(); } }

    public static CliProcess Start(string workingDirectory, params string[] arguments)
    {
        // One place finds and starts the real command line: the fault tests' Cli, shared with this project.
        return new CliProcess(Process.Start(Faults.Cli.StartInfo(workingDirectory, arguments))!);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Waits (polling, never a fixed sleep) until the output contains the text, more than <paramref name="after"/> times.
    /// </summary>
    public async Task WaitForOutput(string text, TimeSpan timeout, int after = 0)
    {
        var clock = Stopwatch.StartNew();
        while (Output.Split(text).Length - 1 <= after)
        {
            if (_process.HasExited) throw new InvalidOperationException($"hipmobility exited ({_process.ExitCode}):\n{Output}");
            if (clock.Elapsed > timeout) throw new TimeoutException($"'{text}' not printed within {timeout}:\n{Output}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
