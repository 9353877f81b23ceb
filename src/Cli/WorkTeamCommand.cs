using System.CommandLine;

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

    public static RootCommand Create(TextReader stdin) => new("workteam: text mining for Chinese work reports.")
    {
        SegmentCommand.Create(stdin),
        ConvertCommand.Create(stdin),
    };

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = Create(stdin);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"workteam: {error.Message}");
            }
            stderr.WriteLine("Try 'workteam --help'.");
            return UsageError;
        }
        return parse.Invoke(config);
    }
}
