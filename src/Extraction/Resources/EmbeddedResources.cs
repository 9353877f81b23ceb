using System.Runtime.InteropServices;
using System.Text;

namespace WorkTeam.Extraction.Resources;

/// <summary>A compiled resource is missing from the assembly or does not have the expected format.</summary>
public sealed class ResourceLoadException : Exception
{
    /// <summary>Creates the exception for the resource <paramref name="resourceName"/>.</summary>
    public ResourceLoadException(string resourceName, string message, Exception? inner = null)
        : base($"Resource '{resourceName}': {message}", inner)
    {
        ResourceName = resourceName;
    }

    /// <summary>The logical name of the resource that failed to load.</summary>
    public string ResourceName { get; }
}

/// <summary>Opens the compiled resources embedded in this assembly and checks their headers.</summary>
internal static class EmbeddedResources
{
    public static BinaryReader Open(string file, int magic)
    {
        string name = ResourceFormat.LogicalName(file);
        var stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
            ?? throw new ResourceLoadException(name, "not embedded in the assembly; was the build's resource step skipped?");
        var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: false);
        try
        {
            int gotMagic = reader.ReadInt32();
            int version = reader.ReadInt32();
            if (gotMagic != magic || version != ResourceFormat.Version)
            {
                throw new ResourceLoadException(name, $"bad header (magic 0x{gotMagic:X8}, version {version}).");
            }
        }
        catch (EndOfStreamException e)
        {
            reader.Dispose();
            throw new ResourceLoadException(name, "truncated.", e);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
        return reader;
    }

    /// <summary>Reads an array written as a length and raw little-endian elements.</summary>
    public static T[] ReadArray<T>(BinaryReader reader) where T : struct
    {
        int length = reader.ReadInt32();
        if (length < 0)
        {
            throw new InvalidDataException("negative array length");
        }
        var values = new T[length];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        return values;
    }

    // Non-generic readers for the tables a first segmented line loads (script detection reads OpenCC's
    // character tables): ReadArray's instantiations over char, int and ushort, and the span helpers
    // they call, were not in the package's ReadyToRun image and were JIT-compiled at that line.

    /// <summary><see cref="ReadArray{T}"/> of chars.</summary>
    public static unsafe char[] ReadChars(BinaryReader reader)
    {
        var values = new char[ReadLength(reader)];
        fixed (char* p = values)
        {
            reader.BaseStream.ReadExactly(new Span<byte>(p, checked(values.Length * sizeof(char))));
        }
        return values;
    }

    /// <summary><see cref="ReadArray{T}"/> of 32-bit integers.</summary>
    public static unsafe int[] ReadInt32s(BinaryReader reader)
    {
        var values = new int[ReadLength(reader)];
        fixed (int* p = values)
        {
            reader.BaseStream.ReadExactly(new Span<byte>(p, checked(values.Length * sizeof(int))));
        }
        return values;
    }

    /// <summary><see cref="ReadArray{T}"/> of unsigned 16-bit integers.</summary>
    public static unsafe ushort[] ReadUInt16s(BinaryReader reader)
    {
        var values = new ushort[ReadLength(reader)];
        fixed (ushort* p = values)
        {
            reader.BaseStream.ReadExactly(new Span<byte>(p, checked(values.Length * sizeof(ushort))));
        }
        return values;
    }

    private static int ReadLength(BinaryReader reader)
    {
        int length = reader.ReadInt32();
        if (length < 0)
        {
            throw new InvalidDataException("negative array length");
        }
        return length;
    }

    /// <summary>Runs <paramref name="read"/> and turns format errors into a <see cref="ResourceLoadException"/>.</summary>
    public static T Load<T>(string file, int magic, Func<BinaryReader, T> read)
    {
        using var reader = Open(file, magic);
        try
        {
            return read(reader);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new ResourceLoadException(ResourceFormat.LogicalName(file), "corrupt: " + e.Message, e);
        }
    }
}
