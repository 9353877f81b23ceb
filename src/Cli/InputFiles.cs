using System.Text;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Cli;

/// <summary>
/// Opens the files a command names as text, or standard input (UTF-8) for none or <c>-</c>. Files go
/// through the Documents stage's decoder: their encoding is detected (UTF-8, UTF-16, GB18030, Big5),
/// a binary file is refused by name, invalid bytes are a warning.
/// </summary>
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
                var decoded = TextDecoder.Decode(File.ReadAllBytes(path), declaredCharset: null, path);
                if (decoded.InvalidBytes > 0)
                {
                    stderr.WriteLine($"workteam: {path}: warning: {decoded.InvalidBytes} invalid bytes in {decoded.EncodingName}, each read as U+FFFD");
                }
                each(path, new StringReader(decoded.Text));
            }
            catch (DocumentLoadException e)
            {
                stderr.WriteLine($"workteam: {e.Message}");
                failed++;
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

/// <summary>One input of a run: a file, or standard input when <see cref="Path"/> is null.</summary>
/// <param name="Doc">The name facts carry: the path as the user named it (folder + relative path), or <c>-</c>.</param>
/// <param name="Path">The file to open; null for standard input.</param>
internal readonly record struct InputSource(string Doc, string? Path);

/// <summary>Expands the command line's paths into the inputs of a run, in a deterministic order.</summary>
internal static class InputExpansion
{
    /// <summary>What a folder contributes when no <c>--include</c> is given.</summary>
    public static readonly string[] DefaultIncludes = ["*.txt", "*.htm", "*.html"];

    /// <summary>
    /// Named files as named, in command-line order; each folder's files (recursively, filtered by the
    /// globs) in ordinal order of their relative path. A path that does not exist is passed to
    /// <paramref name="missing"/>. Each folder is listed (names only) and sorted before its files are read.
    /// </summary>
    public static IEnumerable<InputSource> Expand(
        IReadOnlyList<string> paths, IReadOnlyList<string> includes, IReadOnlyList<string> excludes, Action<string> missing, Action<string, string>? noneMatched = null)
    {
        if (paths.Count == 0)
        {
            yield return new InputSource("-", null);
            yield break;
        }
        // --include '*.txt,*.html' is read as two globs, as it is natural to write.
        includes = SplitLists(includes);
        excludes = SplitLists(excludes);
        var include = includes.Count > 0 ? includes : DefaultIncludes;
        // A file reached twice (named, and inside a folder also named) is read once, where first reached.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new InputSource("-", null);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
                var files = new List<string>();
                foreach (var file in Directory.EnumerateFiles(path, "*", options))
                {
                    string relative = System.IO.Path.GetRelativePath(path, file).Replace('\\', '/');
                    if (Matches(include, relative) && !Matches(excludes, relative) && !InExcludedFolder(excludes, relative))
                    {
                        files.Add(relative);
                    }
                }
                if (files.Count == 0)
                {
                    noneMatched?.Invoke(path, string.Join(", ", include));
                }
                files.Sort(StringComparer.Ordinal);
                foreach (var relative in files)
                {
                    string file = System.IO.Path.Join(path, relative);
                    if (seen.Add(System.IO.Path.GetFullPath(file)))
                    {
                        yield return new InputSource(file, file);
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (seen.Add(System.IO.Path.GetFullPath(path)))
                {
                    yield return new InputSource(path, path);
                }
            }
            else
            {
                missing(path);
            }
        }
    }

    private static List<string> SplitLists(IReadOnlyList<string> globs) =>
        [.. globs.SelectMany(g => g.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>Whether a folder on the way to the file is excluded: <c>--exclude drafts</c> leaves out <c>drafts/a.txt</c>.</summary>
    public static bool InExcludedFolder(IReadOnlyList<string> excludes, string relativePath)
    {
        if (excludes.Count == 0)
        {
            return false;
        }
        var folders = relativePath.Split('/');
        for (int i = 0; i < folders.Length - 1; i++)
        {
            foreach (var glob in excludes)
            {
                if (!glob.Contains('/', StringComparison.Ordinal)
                    && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(glob, folders[i], ignoreCase: true))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A glob without <c>/</c> matches the file name; one with <c>/</c> the path relative to the folder.</summary>
    public static bool Matches(IReadOnlyList<string> globs, string relativePath)
    {
        string name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        foreach (var glob in globs)
        {
            string subject = glob.Contains('/', StringComparison.Ordinal) ? relativePath : name;
            if (System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(glob.Replace("**/", "*", StringComparison.Ordinal), subject, ignoreCase: true))
            {
                return true;
            }
        }
        return false;
    }
}
