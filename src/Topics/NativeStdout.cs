using System.Runtime.InteropServices;

namespace WorkTeam.Topics;

/// <summary>
/// LightLDA (libLdaNative) prints its progress with printf to file descriptor 1, below .NET's Console:
/// a program writing JSON to standard output would get those lines in its data. While the native
/// code runs, descriptor 1 points at /dev/null; C's buffered output is flushed there before it is
/// put back. Process-wide, so one native call at a time; .NET's own writes to standard output during
/// a fit go to /dev/null too (a caller writes its data after the fit).
/// </summary>
internal static partial class NativeStdout
{
    private const int StdoutFd = 1;
    private const int WriteOnly = 1;
    private static readonly Lock s_lock = new();

    /// <summary>Runs <paramref name="action"/> with descriptor 1 sent to /dev/null (Linux and macOS; elsewhere as is).</summary>
    public static T Contain<T>(Func<T> action)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return action();
        }
        lock (s_lock)
        {
            Console.Out.Flush();
            _ = Fflush(IntPtr.Zero);
            int saved = Dup(StdoutFd);
            int devNull = saved < 0 ? -1 : Open("/dev/null", WriteOnly);
            if (devNull < 0 || Dup2(devNull, StdoutFd) < 0)
            {
                CloseIfOpen(devNull);
                CloseIfOpen(saved);
                throw new IOException("Could not point standard output away from the native topic sampler's progress lines.");
            }
            CloseIfOpen(devNull);
            int restored;
            T result;
            try
            {
                result = action();
            }
            finally
            {
                // The native library's printf output sits in C's stdout buffer when stdout is not a terminal.
                _ = Fflush(IntPtr.Zero);
                restored = Dup2(saved, StdoutFd);
                CloseIfOpen(saved);
            }
            if (restored < 0)
            {
                throw new IOException("Could not restore standard output after the native topic sampler ran.");
            }
            return result;
        }
    }

    private static void CloseIfOpen(int fd)
    {
        if (fd >= 0)
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int from, int to);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fflush")]
    private static partial int Fflush(IntPtr stream);
}
