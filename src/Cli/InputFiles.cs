using System.Text;

namespace WorkTeam.Cli;

/// <summary>Opens the files a command names, or standard input for none or <c>-</c>, as UTF-8 text.</summary>
internal static class InputFiles
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Runs <paramref name="each"/> on every input; a file that cannot be read is reported on
    /// <paramref name="stderr"/> and skipped. Returns the exit code.
    /// </summary>
    public static int ForEach(IReadOnlyList<string> paths, TextReader stdin, TextWriter stderr, Action<string, TextReader> each)
    {
        if (paths.Count == 0)
        {
            each("-", stdin);
            return WorkTeamCommand.Ok;
        }
        int failed = 0;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                each("-", stdin);
                continue;
            }
            try
            {
                using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
                each(path, reader);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"workteam: {path}: {e.Message}");
                failed++;
            }
        }
        return failed == 0 ? WorkTeamCommand.Ok : WorkTeamCommand.SomeFailed;
    }
}
