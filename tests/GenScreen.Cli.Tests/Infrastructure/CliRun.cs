using System.CommandLine;
using System.Text;
using GenScreen.Cli.Commands;
using Microsoft.Extensions.Configuration;

namespace GenScreen.Cli.Tests.Infrastructure;

/// <summary>
/// Runs genscreen commands in-process, as the real Program does, with standard streams and configuration
/// replaced: stdin from bytes, stdout and stderr captured, settings from a dictionary (never the process
/// environment, so tests in parallel cannot see each other's settings).
/// </summary>
public sealed class CliRun
{
    private CliRun(int exitCode, byte[] stdout, string text, string error)
    {
        ExitCode = exitCode;
        StdoutBytes = stdout;
        Out = text;
        Error = error;
    }

    public int ExitCode { get; }

    /// <summary>Raw standard output (JSON lines of screen prompts).</summary>
    public byte[] StdoutBytes { get; }

    /// <summary>Text written to standard output through the TextWriter (reports).</summary>
    public string Out { get; }

    public string Error { get; }

    /// <summary>Raw stdout as lines, without the final empty one.</summary>
    public IReadOnlyList<string> StdoutLines =>
        Encoding.UTF8.GetString(StdoutBytes).Split('\n', StringSplitOptions.None) is var lines && lines.Length > 0 && lines[^1].Length == 0
            ? lines[..^1]
            : lines;

    public static async Task<CliRun> InvokeAsync(string[] args, byte[]? stdin = null, IDictionary<string, string?>? settings = null, bool stderrIsTerminal = false, Func<byte[], Stream>? openStdin = null, TimeProvider? time = null)
    {
        var stdout = new MemoryStream();
        var text = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment
        {
            OpenStandardInput = () => openStdin?.Invoke(stdin ?? []) ?? new MemoryStream(stdin ?? []),
            // The command disposes what it opens; the test still needs the bytes afterwards.
            OpenStandardOutput = () => new KeepOpenStream(stdout),
            Out = text,
            Error = error,
            IsErrorRedirected = !stderrIsTerminal,
            Time = time ?? TimeProvider.System,
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(WithTestIdKey(settings)).Build(),
        };
        var root = new RootCommand
        {
            new Command("screen") { ScreenPromptsCommand.Create(env), ScreenImageCommand.Create(env) },
            EvalCommand.Create(env),
            RescreenCommand.Create(env),
            BanksCommand.Create(env),
            PeopleCommand.Create(env),
            StrikesCommand.Create(env),
            StatsCommand.Create(env),
            ExportCommand.Create(env),
            ReviewCommand.Create(env),
            ModelsCommand.Create(env),
        };
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = text, Error = error });
        return new CliRun(exit, stdout.ToArray(), text.ToString(), error.ToString());
    }

    /// <summary>A verdict id key unless the test brings one: commands never fall back to (or create) the machine's key file.</summary>
    private static Dictionary<string, string?> WithTestIdKey(IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase);
        all.TryAdd("VerdictStore:IdKey", "cli-tests-verdict-id-key-0123456789abcdef");
        return all;
    }
}
