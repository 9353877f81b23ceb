using System.Runtime.InteropServices;
using System.Text;

namespace WorkTeam.Cli;

/// <summary>What a path names, as stat(2) tells: .NET shows FIFOs, sockets and devices as plain files.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}

/// <summary>A file's identity (device and inode) and kind; two paths with the same identity are one file.</summary>
/// <param name="Device">st_dev.</param>
/// <param name="Inode">st_ino.</param>
/// <param name="Kind">The file type bits of st_mode.</param>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, FileKind Kind)
{
    /// <summary>How a message names a kind that is not read: "a FIFO", "a character device".</summary>
    public string KindName => Kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "not a regular file",
    };
}

/// <summary>
/// stat(2), fstat(2) and readdir(3) on Linux (x86-64, arm64) and macOS, where the layout of the
/// fields read (st_dev, st_ino, st_mode; d_name) is known; elsewhere every call answers null and
/// the callers fall back to what .NET tells.
/// </summary>
internal static partial class UnixFile
{
    private const int BufferSize = 512;

    private static readonly int ModeOffset =
        OperatingSystem.IsMacOS() ? 4
        : !OperatingSystem.IsLinux() ? -1
        : RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24
        : RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 16
        : -1;

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatNative(string path, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LstatNative(string path, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static partial int StatBytesNative(ReadOnlySpan<byte> path, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static partial int FstatNative(int fd, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static partial nint OpenDirNative(ReadOnlySpan<byte> path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial nint ReadDirNative(nint dir);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDirNative(nint dir);

    public static bool Supported => ModeOffset >= 0;

    /// <summary>The identity of what <paramref name="path"/> names, following links (or not); null if it cannot be told.</summary>
    public static FileIdentity? Stat(string path, bool followLinks = true)
    {
        if (!Supported)
        {
            return null;
        }
        Span<byte> buffer = stackalloc byte[BufferSize];
        try
        {
            int result = followLinks ? StatNative(path, buffer) : LstatNative(path, buffer);
            return result == 0 ? Read(buffer) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The identity of an open file descriptor (1 for standard output); null if it cannot be told.</summary>
    public static FileIdentity? Fstat(int fd)
    {
        if (!Supported)
        {
            return null;
        }
        Span<byte> buffer = stackalloc byte[BufferSize];
        try
        {
            return FstatNative(fd, buffer) == 0 ? Read(buffer) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static FileIdentity Read(ReadOnlySpan<byte> buffer)
    {
        ulong device = OperatingSystem.IsMacOS() ? BitConverter.ToUInt32(buffer) : BitConverter.ToUInt64(buffer);
        ulong inode = BitConverter.ToUInt64(buffer[8..]);
        uint mode = OperatingSystem.IsMacOS() ? BitConverter.ToUInt16(buffer[ModeOffset..]) : BitConverter.ToUInt32(buffer[ModeOffset..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Other,
        };
        return new FileIdentity(device, inode, kind);
    }

    /// <summary>
    /// The raw names (bytes) in <paramref name="folder"/> that are not valid UTF-8: .NET lists them
    /// with U+FFFD in place of the bad bytes, a name no call can open. Linux only; empty elsewhere.
    /// </summary>
    public static List<byte[]> NamesNotUtf8(string folder)
    {
        var names = new List<byte[]>();
        if (!OperatingSystem.IsLinux() || !Supported)
        {
            return names;
        }
        var path = Encoding.UTF8.GetBytes(folder + "\0");
        nint dir;
        try
        {
            dir = OpenDirNative(path);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return names;
        }
        if (dir == 0)
        {
            return names;
        }
        try
        {
            while (ReadDirNative(dir) is var entry && entry != 0)
            {
                unsafe
                {
                    // struct dirent (glibc, 64-bit): d_ino 8, d_off 8, d_reclen 2, d_type 1, then d_name.
                    var name = System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)entry + 19);
                    if (!System.Text.Unicode.Utf8.IsValid(name))
                    {
                        names.Add(name.ToArray());
                    }
                }
            }
        }
        finally
        {
            _ = CloseDirNative(dir);
        }
        return names;
    }

    /// <summary>
    /// The command-line arguments as the bytes the process was given (Linux: /proc/self/cmdline), to
    /// name an argument that is not valid UTF-8 by its bytes; null where they cannot be read.
    /// </summary>
    public static List<byte[]>? RawArguments()
    {
        try
        {
            var bytes = File.ReadAllBytes("/proc/self/cmdline");
            var list = new List<byte[]>();
            int start = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == 0)
                {
                    list.Add(bytes[start..i]);
                    start = i + 1;
                }
            }
            return list;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Bytes as text, each byte that is not part of valid UTF-8 written as <c>\xHH</c>.</summary>
    public static string EscapeBytes(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                consumed = Math.Max(consumed, 1);
                foreach (var b in bytes[..consumed])
                {
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{b:X2}");
                }
            }
            bytes = bytes[consumed..];
        }
        return text.ToString();
    }
}
