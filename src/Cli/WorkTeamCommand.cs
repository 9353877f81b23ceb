using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;

namespace WorkTeam.Cli;

/// <summary>The root command: each subcommand is added here; output and error writers are injected so tests run in-process.</summary>
internal static class WorkTeamCommand
{
    /// <summary>Exit code when every input was read.</summary>
    public const int Ok = 0;
    /// <summary>Exit code when some inputs failed and the run went on.</summary>
    public const int SomeFailed = 1;
    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;
    /// <summary>Exit code when an output could not be written (disk full, permissions, another run holding it); the targets are untouched.</summary>
    public const int OutputFailed = 3;
    /// <summary>Exit code for a fault of the tool itself (EX_SOFTWARE): a bug, said on standard error, never a crash.</summary>
    public const int InternalError = 70;
    /// <summary>Exit code when Ctrl+C stopped the run (128 + SIGINT); no partial output is left.</summary>
    public const int Interrupted = 130;

    /// <summary>The pipeline the tool runs with: the one place where the library's stages are wired in.</summary>
    public static IDocumentPipeline Pipeline() => new LibraryDocumentPipeline();

    public static Command Create(TextReader stdin) => Create(new CliContext(stdin, Pipeline(), StderrIsTerminal: false, CancellationToken.None));

    public static Command Create(CliContext context)
    {
        // A command named workteam rather than a RootCommand, which takes the executable's name: the
        // installed tool runs as `dotnet WorkTeam.Cli.dll`, and its help said "Usage: WorkTeam.Cli".
        var root = CreateCommands(context);
        root.Options.Add(new HelpOption());
        // The built-in action reports the entry assembly's version, which is the test host's in tests.
        root.Options.Add(new VersionOption { Action = new PrintVersion() });
        return root;
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var version = typeof(WorkTeamCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return Ok;
        }
    }

    private static Command CreateCommands(CliContext context) => new("workteam", """
        workteam: text mining for Chinese work reports.

        Examples:
          workteam extract --db facts.db reports/
          workteam summary reports/
          workteam keywords --top 10 reports/
          workteam docs reports/
          workteam segment report.txt
          workteam place 民豐縣
        Exit codes: 0 all inputs read, 1 some failed (named on standard error), 2 usage error (nothing written),
        3 an output could not be written, 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (no partial output).
        """)
    {
        SegmentCommand.Create(context.Stdin),
        ConvertCommand.Create(context.Stdin),
        ExtractCommand.Create(context),
        SummaryCommand.Create(context),
        KeywordsCommand.Create(context),
        DocsCommand.CreateText(context),
        DocsCommand.Create(context),
        PlaceCommand.Create(),
        TopicsCommand.Create(context),
    };

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdin, Pipeline(), StderrIsTerminal: false, CancellationToken.None), stdout, stderr);

    public static int Run(string[] args, CliContext context, TextWriter stdout, TextWriter stderr)
    {
        // Names on standard error come from file names and doc ids: their control characters are
        // escaped, so a name cannot move the cursor, recolour or retitle a terminal.
        stderr = stderr as ControlEscapingWriter ?? new ControlEscapingWriter(stderr);
        var root = Create(context);
        if (args.Length == 0)
        {
            // No command: the overview, on standard error since nothing was done.
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return UsageError;
        }
        // Response files (@FILE expanding to the options written in FILE) are off: a file named @x
        // matched by a shell glob would otherwise inject options such as --out.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        if (parse.CommandResult.Command == root && parse.UnmatchedTokens is [var unknown, ..] && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            stderr.WriteLine(unknown.StartsWith('-')
                ? $"workteam: unknown option '{unknown}'. Try 'workteam --help'."
                : $"workteam: '{unknown}' is not a command. Try 'workteam --help'.");
            return UsageError;
        }
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"workteam: {error.Message}");
            }
            stderr.WriteLine("Try 'workteam --help'.");
            return UsageError;
        }
        foreach (var option in parse.CommandResult.Children.OfType<System.CommandLine.Parsing.OptionResult>())
        {
            // A delimiter may be any string, a space or a tab included; every other value names something.
            if (option.Option.Name != "--delimiter" && option.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                stderr.WriteLine($"workteam: {option.Option.Name} needs a value, not an empty string. Try 'workteam --help'.");
                return UsageError;
            }
        }
        try
        {
            return parse.Invoke(config);
        }
        catch (OutputRefusedException e)
        {
            stderr.WriteLine($"workteam: {e.Message}.");
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            InterruptNotice.Say(stderr);
            return Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Writing an output failed (disk full, permissions): the temporary files are gone, the targets untouched.
            stderr.WriteLine($"workteam: output not written: {e.Message}");
            return OutputFailed;
        }
#pragma warning disable CA1031 // The last resort: a bug is said and exits 70, never an abort (134) with a stack on the terminal.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"workteam: internal error: {e.GetType().Name}: {e.Message}");
            return InternalError;
        }
    }
}

/// <summary>
/// A writer for standard error that writes control characters (other than tab, line feed and the
/// progress bar's carriage return) as <c>\xHH</c>: escape sequences in a file name or doc id never
/// reach the terminal.
/// </summary>
internal sealed class ControlEscapingWriter(TextWriter inner) : TextWriter
{
    // The main thread and the run share one writer (the interrupted notice): each call writes its whole text
    // at once, under a lock, so two lines never interleave and a line is one write, not one per character.
    private readonly Lock gate = new();

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (gate)
        {
            inner.Write(Escaped(value.ToString()));
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        lock (gate)
        {
            inner.Write(Escaped(value));
        }
    }

    public override void WriteLine(string? value)
    {
        lock (gate)
        {
            inner.Write(Escaped(value ?? "") + NewLine);
        }
    }

    public override void Flush()
    {
        lock (gate)
        {
            inner.Flush();
        }
    }

    private static bool IsControl(char c) => (c < ' ' && c is not ('\n' or '\r' or '\t')) || c is (>= '\x7F' and <= '\x9F');

    private static string Escaped(string value)
    {
        if (!value.AsSpan().ContainsAny(ControlChars))
        {
            return value;
        }
        var escaped = new System.Text.StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            if (IsControl(c))
            {
                escaped.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> ControlChars = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsControl)]);

    public override string ToString() => inner.ToString() ?? "";
}
