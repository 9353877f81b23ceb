using System.Text;

namespace WorkTeam.Cli;

/// <summary>
/// An output file written under a temporary name in the same folder and renamed over the target
/// only when complete (a rename within one file system is atomic), so an interrupted or failed run
/// never leaves a half-written output. Disposing without <see cref="Commit"/> deletes the temporary file.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private bool _committed;

    public AtomicFile(string path)
    {
        TargetPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(TargetPath)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"folder '{folder}' does not exist");
        }
        TempPath = Path.Combine(folder, $".{Path.GetFileName(TargetPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }

    public string TargetPath { get; }

    public string TempPath { get; }

    /// <summary>A writer on the temporary file (UTF-8 without BOM; a format that wants a BOM writes it).</summary>
    public StreamWriter OpenWriter() => new(new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false), 1 << 16);

    public void Commit()
    {
        File.Move(TempPath, TargetPath, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && File.Exists(TempPath))
        {
            File.Delete(TempPath);
        }
    }
}
