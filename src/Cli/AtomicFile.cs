using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace WorkTeam.Cli;

/// <summary>
/// An output file written under a temporary name in the same folder and renamed over the target
/// only when complete (a rename within one file system is atomic), so an interrupted or failed run
/// never leaves a half-written output. Disposing without <see cref="Commit"/> deletes the temporary file.
/// </summary>
/// <remarks>
/// A target that is a symbolic link is written through: the temporary file goes next to the file the
/// link names and replaces that file, the link stays. A target that exists keeps its permissions. A
/// target that is a device or a FIFO (<c>--out /dev/stdout</c>) is written to directly, never replaced.
/// While the file is written, a lock (<see cref="OutputLock"/>) makes a second run on the same target
/// fail at once instead of both "succeeding" with one run's results lost. Temporary files left by
/// runs that were killed (<c>.NAME.PID.GUID.tmp</c> whose process is gone) are deleted.
/// </remarks>
internal sealed class AtomicFile : IDisposable
{
    /// <summary>Temporary files of this process not yet committed or deleted: removed if the process must exit at once.</summary>
    public static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);

    private readonly OutputLock? _lock;
    private readonly bool _direct;
    private bool _committed;

    public AtomicFile(string path)
    {
        string full = Path.GetFullPath(path);
        TargetPath = OutputLock.ResolveLinks(full);
        string folder = Path.GetDirectoryName(TargetPath)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"folder '{folder}' does not exist");
        }
        if (UnixFile.Stat(TargetPath) is { Kind: not FileKind.Regular } special)
        {
            if (special.Kind == FileKind.Directory)
            {
                throw new OutputRefusedException($"'{path}' is a folder; name a file to write");
            }
            // A device or a FIFO is written to as it is: renaming a file over it would replace the node.
            _direct = true;
            TempPath = TargetPath;
            return;
        }
        _lock = OutputLock.Acquire(TargetPath, path);
        RemoveStaleTemporaries(folder, Path.GetFileName(TargetPath));
        TempPath = Path.Combine(folder, $".{Path.GetFileName(TargetPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Live[TempPath] = 0;
    }

    /// <summary>The file replaced on commit (a link's target, resolved).</summary>
    public string TargetPath { get; }

    /// <summary>The file written: a hidden temporary file next to the target, or the target itself for a device.</summary>
    public string TempPath { get; }

    /// <summary>Whether the target is a device or FIFO written directly (no temporary file).</summary>
    public bool IsDirect => _direct;

    /// <summary>A writer on the temporary file (UTF-8 without BOM; a format that wants a BOM writes it).</summary>
    public StreamWriter OpenWriter() => _direct
        ? new(new FileStream(TargetPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16), new UTF8Encoding(false), 1 << 16)
        : new(new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false), 1 << 16);

    public void Commit()
    {
        if (!_direct)
        {
            if (!OperatingSystem.IsWindows() && File.Exists(TargetPath))
            {
                // The output keeps the permissions it had (a 600 file stays 600).
                File.SetUnixFileMode(TempPath, File.GetUnixFileMode(TargetPath));
            }
            File.Move(TempPath, TargetPath, overwrite: true);
            Live.TryRemove(TempPath, out _);
        }
        _committed = true;
    }

    public void Dispose()
    {
        if (!_direct && !_committed && File.Exists(TempPath))
        {
            File.Delete(TempPath);
        }
        if (!_direct)
        {
            Live.TryRemove(TempPath, out _);
        }
        _lock?.Dispose();
    }

    /// <summary>Deletes <c>.NAME.PID.GUID.tmp</c> files whose process is no longer running (a run killed with SIGKILL).</summary>
    internal static void RemoveStaleTemporaries(string folder, string name)
    {
        string prefix = "." + name + ".";
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, prefix + "*.tmp", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = false, MatchCasing = MatchCasing.CaseSensitive }))
            {
                var parts = Path.GetFileName(file)[prefix.Length..].Split('.');
                if (parts is [var pid, { Length: 32 }, "tmp"]
                    && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out int id)
                    && id != Environment.ProcessId && !ProcessAlive(id))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy; the run goes on.
        }
    }

    private static bool ProcessAlive(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}");
        }
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>
/// A lock on an output while a run writes it: a hidden <c>.NAME.lock</c> file next to the output,
/// held with an exclusive advisory lock (flock) for the run; a second run fails at once with
/// <see cref="OutputLockedException"/>.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private OutputLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    public static OutputLock Acquire(string target, string shownAs)
    {
        string path = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".lock");
        try
        {
            // FileShare.None takes flock(LOCK_EX | LOCK_NB) on Unix: released by the kernel if the process dies.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            AtomicFile.Live[path] = 0;
            return new OutputLock(stream, path);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new OutputLockedException($"'{shownAs}' is being written by another workteam run (it holds {path}); wait for that run to end", e);
        }
    }

    /// <summary>The file a path names after following every symbolic link (the path itself if none).</summary>
    public static string ResolveLinks(string full)
    {
        try
        {
            if (new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
            {
                return Path.GetFullPath(target.FullName);
            }
        }
        catch (IOException)
        {
            // A loop of links: the path itself, which the write then fails on, by name.
        }
        return full;
    }

    public void Dispose()
    {
        // Deleted while still held, so a run that opens the name next gets a fresh file and the lock.
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        AtomicFile.Live.TryRemove(_path, out _);
        _stream.Dispose();
    }
}

/// <summary>Another run holds the output's lock.</summary>
internal sealed class OutputLockedException : IOException
{
    public OutputLockedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public OutputLockedException()
    {
    }

    public OutputLockedException(string message)
        : base(message)
    {
    }
}

/// <summary>An output the run refuses to write (a file that is not a WorkTeam database, a folder): a usage error, exit 2, nothing touched.</summary>
internal sealed class OutputRefusedException : Exception
{
    public OutputRefusedException(string message)
        : base(message)
    {
    }

    public OutputRefusedException()
    {
    }

    public OutputRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
