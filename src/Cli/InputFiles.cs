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
                if (UnixFile.Stat(path) is { Kind: not FileKind.Regular and not FileKind.Directory } special)
                {
                    // A FIFO would block, /dev/zero never end: only regular files are read.
                    stderr.WriteLine($"workteam: {path}: {InputExpansion.NotRegular(special)}");
                    failed++;
                    continue;
                }
                if (new FileInfo(path) is { Exists: true, Length: > WorkTeam.Extraction.Documents.DocumentLoadOptions.DefaultMaxBytes } big)
                {
                    stderr.WriteLine($"workteam: {path}: the file is {big.Length} bytes, over the limit of {WorkTeam.Extraction.Documents.DocumentLoadOptions.DefaultMaxBytes} bytes");
                    failed++;
                    continue;
                }
                // A large valid UTF-8 file is read as it goes (the same text; see Utf8FileReader).
                if (Utf8FileReader.TryOpen(path) is { } streamed)
                {
                    using (streamed)
                    {
                        each(path, streamed);
                    }
                    continue;
                }
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
/// <param name="Error">Why the input cannot be read (a FIFO, a device, a name that is not UTF-8); it is named as failed in its turn.</param>
internal readonly record struct InputSource(string Doc, string? Path, string? Error = null);

/// <summary>Expands the command line's paths into the inputs of a run, in a deterministic order.</summary>
internal static class InputExpansion
{
    /// <summary>What a folder contributes when no <c>--include</c> is given.</summary>
    public static readonly string[] DefaultIncludes = ["*.txt", "*.htm", "*.html"];

    /// <summary>
    /// Named files as named, in command-line order; each folder's files (recursively, filtered by the
    /// globs) in ordinal order of their relative path. A path that does not exist is passed to
    /// <paramref name="missing"/>. Each folder is listed (names only) and sorted before its files are read.
    /// Links to files and folders are followed once: every file and folder is taken once by its
    /// identity (device and inode), so a link back up the tree (<c>ln -s .. d/up</c>) neither loops
    /// nor reads a file twice. Only regular files are read: a FIFO, socket or device, named or met in
    /// a folder, is an input that fails (reading it would block or never end). Files in
    /// <paramref name="outputs"/> (what the run is writing) are skipped, as grep skips its output.
    /// </summary>
    public static IEnumerable<InputSource> Expand(
        IReadOnlyList<string> paths, IReadOnlyList<string> includes, IReadOnlyList<string> excludes, Action<string> missing,
        Action<string, string>? noneMatched = null, Action<string, string>? notice = null, IReadOnlyCollection<string>? outputs = null)
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
        var outputIds = new HashSet<(ulong, ulong)>();
        foreach (var output in outputs ?? [])
        {
            if (UnixFile.Stat(output) is { Kind: FileKind.Regular } id)
            {
                outputIds.Add((id.Device, id.Inode));
            }
        }
        // A file reached twice (named, and inside a folder also named; by a link) is read once, where first reached.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new InputSource("-", null);
                continue;
            }
            var identity = UnixFile.Stat(path);
            if (identity is { Kind: FileKind.Directory } || (identity is null && Directory.Exists(path)))
            {
                if (!seenFolders.Add(Key(path, identity)))
                {
                    continue;
                }
                var files = new List<(string Relative, string Key, string? Error)>();
                ListFolder(path, "", include, excludes, files, seenFolders, notice);
                if (files.Count == 0)
                {
                    noneMatched?.Invoke(path, string.Join(", ", include));
                }
                files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
                foreach (var (relative, key, error) in files)
                {
                    string file = System.IO.Path.Join(path, relative);
                    if (error is not null)
                    {
                        yield return new InputSource(file, null, error);
                    }
                    else if (IsOutput(outputIds, file))
                    {
                        notice?.Invoke(file, "input file is also the output; skipped");
                    }
                    else if (seen.Add(key))
                    {
                        yield return new InputSource(file, file);
                    }
                }
            }
            else if (identity is { Kind: FileKind.Regular } || (identity is null && File.Exists(path)))
            {
                if (IsOutput(outputIds, path))
                {
                    notice?.Invoke(path, "input file is also the output; skipped");
                }
                else if (seen.Add(Key(path, identity)))
                {
                    yield return new InputSource(path, path);
                }
            }
            else if (identity is { } other)
            {
                yield return new InputSource(path, null, NotRegular(other));
            }
            else
            {
                missing(NameForMissing(path));
            }
        }
    }

    /// <summary>Why a file that is not a regular one is not read.</summary>
    public static string NotRegular(FileIdentity identity) =>
        $"not a regular file but {identity.KindName}; only regular files are read";

    private static bool IsOutput(HashSet<(ulong, ulong)> outputs, string path) =>
        outputs.Count > 0 && UnixFile.Stat(path) is { } id && outputs.Contains((id.Device, id.Inode));

    /// <summary>A file's identity as a key: device and inode where stat(2) tells them, else the full path.</summary>
    private static string Key(string path, FileIdentity? identity) =>
        identity is { } id ? $"{id.Device}:{id.Inode}" : System.IO.Path.GetFullPath(path);

    /// <summary>A missing path with U+FFFD was given as bytes that are not UTF-8: named by its bytes, escaped.</summary>
    private static string NameForMissing(string path)
    {
        if (!path.Contains('\uFFFD', StringComparison.Ordinal) || UnixFile.RawArguments() is not { } raw)
        {
            return path;
        }
        foreach (var bytes in raw)
        {
            if (!System.Text.Unicode.Utf8.IsValid(bytes) && System.Text.Encoding.UTF8.GetString(bytes) == path)
            {
                return UnixFile.EscapeBytes(bytes) + " (the name is not valid UTF-8)";
            }
        }
        return path;
    }

    /// <summary>Lists one folder into <paramref name="files"/> and recurses into its folders not seen before.</summary>
    private static void ListFolder(
        string root, string relativeFolder, IReadOnlyList<string> include, IReadOnlyList<string> excludes,
        List<(string Relative, string Key, string? Error)> files, HashSet<string> seenFolders, Action<string, string>? notice)
    {
        string folder = relativeFolder.Length == 0 ? root : System.IO.Path.Join(root, relativeFolder);
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None }).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        bool badNames = false;
        foreach (var entry in entries)
        {
            string relative = relativeFolder.Length == 0 ? entry.Name : relativeFolder + "/" + entry.Name;
            if (entry.Name.Contains('\uFFFD', StringComparison.Ordinal) && UnixFile.Stat(entry.FullName, followLinks: false) is null && UnixFile.Supported)
            {
                // The name's bytes are not UTF-8: .NET cannot open it under any name; said below, by its bytes.
                badNames = true;
                continue;
            }
            var identity = UnixFile.Stat(entry.FullName);
            bool isFolder = identity is { Kind: FileKind.Directory } || (identity is null && entry is DirectoryInfo && entry.LinkTarget is null);
            if (isFolder)
            {
                if (InExcludedFolder(excludes, relative + "/x"))
                {
                    continue;
                }
                if (!seenFolders.Add(Key(entry.FullName, identity)))
                {
                    if (entry.LinkTarget is not null)
                    {
                        notice?.Invoke(System.IO.Path.Join(root, relative), "a link to a folder already searched; not followed again");
                    }
                    continue;
                }
                ListFolder(root, relative, include, excludes, files, seenFolders, notice);
                continue;
            }
            if (!Matches(include, relative) || Matches(excludes, relative) || InExcludedFolder(excludes, relative))
            {
                continue;
            }
            if (identity is null)
            {
                if (entry.LinkTarget is not null)
                {
                    files.Add((relative, relative, $"a link to {entry.LinkTarget}, which does not exist"));
                }
                else
                {
                    files.Add((relative, System.IO.Path.GetFullPath(entry.FullName), null));
                }
            }
            else if (identity.Value.Kind == FileKind.Regular)
            {
                files.Add((relative, Key(entry.FullName, identity), null));
            }
            else
            {
                files.Add((relative, relative, NotRegular(identity.Value)));
            }
        }
        if (badNames)
        {
            foreach (var bytes in UnixFile.NamesNotUtf8(folder))
            {
                string name = System.Text.Encoding.UTF8.GetString(bytes);
                string relative = relativeFolder.Length == 0 ? name : relativeFolder + "/" + name;
                if (Matches(include, relative) && !Matches(excludes, relative))
                {
                    string escaped = relativeFolder.Length == 0 ? UnixFile.EscapeBytes(bytes) : relativeFolder + "/" + UnixFile.EscapeBytes(bytes);
                    files.Add((escaped, escaped, "the file name is not valid UTF-8 (its bytes are shown escaped as \\xHH); rename it to read it"));
                }
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
