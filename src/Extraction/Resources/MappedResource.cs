using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace WorkTeam.Extraction.Resources;

/// <summary>
/// An embedded resource seen as memory. When the assembly is mapped from disk (the usual case) this
/// is the mapped image itself, so large tables are used in place: nothing is copied at load and
/// the pages are shared and clean. Otherwise the resource is copied once into pinned memory.
/// Lives as long as the process; never freed.
/// </summary>
internal sealed unsafe class MappedResource
{
    private readonly Stream? _keepAlive;
    private readonly byte[]? _pinnedCopy;

    private MappedResource(string name, byte* origin, long length, Stream? keepAlive, byte[]? pinnedCopy)
    {
        Name = name;
        Origin = origin;
        Length = length;
        _keepAlive = keepAlive;
        _pinnedCopy = pinnedCopy;
    }

    public string Name { get; }

    public byte* Origin { get; }

    public long Length { get; }

    public static MappedResource Open(string file)
    {
        string name = ResourceFormat.LogicalName(file);
        var stream = typeof(MappedResource).Assembly.GetManifestResourceStream(name)
            ?? throw new ResourceLoadException(name, "not embedded in the assembly; was the build's resource step skipped?");
        if (stream is UnmanagedMemoryStream mapped)
        {
            return new MappedResource(name, mapped.PositionPointer, mapped.Length, mapped, null);
        }
        using (stream)
        {
            var copy = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
            stream.ReadExactly(copy);
            return new MappedResource(name, (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), copy.Length, null, copy);
        }
    }

    /// <summary>A reader positioned after the header, which it has checked.</summary>
    public ResourceCursor Cursor(int magic)
    {
        var cursor = new ResourceCursor(this, 0);
        int gotMagic = cursor.ReadInt32();
        int version = cursor.ReadInt32();
        if (gotMagic != magic || version != ResourceFormat.Version)
        {
            throw new ResourceLoadException(Name, $"bad header (magic 0x{gotMagic:X8}, version {version}).");
        }
        return cursor;
    }
}

/// <summary>Reads a <see cref="MappedResource"/> front to back, checking every read against its length.</summary>
internal unsafe struct ResourceCursor(MappedResource resource, long position)
{
    private long _position = position;

    public readonly long Position => _position;

    // No generic reads (Read<T>, Array<T>): their instantiations over primitive types were not in the
    // package's ReadyToRun image, and a user's app JIT-compiled each one at the first load.

    public int ReadInt32() => Unsafe.ReadUnaligned<int>(Take(sizeof(int)));

    public long ReadInt64() => Unsafe.ReadUnaligned<long>(Take(sizeof(long)));

    public ushort ReadUInt16() => Unsafe.ReadUnaligned<ushort>(Take(sizeof(ushort)));

    public double ReadDouble() => Unsafe.ReadUnaligned<double>(Take(sizeof(double)));

    /// <summary>A string as BinaryWriter writes it: 7-bit-encoded byte length, then UTF-8.</summary>
    public string ReadString()
    {
        int length = 0, shift = 0;
        byte b;
        do
        {
            b = *Take(1);
            length |= (b & 0x7F) << shift;
            shift += 7;
            if (shift > 28)
            {
                throw new ResourceLoadException(resource.Name, "corrupt string length.");
            }
        }
        while ((b & 0x80) != 0);
        return Encoding.UTF8.GetString(Take(length), length);
    }

    /// <summary>Skips to the next multiple of <paramref name="alignment"/>.</summary>
    public void Align(int alignment)
    {
        long aligned = (_position + alignment - 1) / alignment * alignment;
        Take(checked((int)(aligned - _position)));
    }

    /// <summary>A pointer to <paramref name="count"/> elements of <paramref name="elementSize"/> bytes in place, advancing past them.</summary>
    public byte* Array(int count, int elementSize)
    {
        if (count < 0)
        {
            throw new ResourceLoadException(resource.Name, "negative array length.");
        }
        return Take(checked(count * elementSize));
    }

    private byte* Take(int bytes)
    {
        if (bytes < 0 || _position + bytes > resource.Length)
        {
            throw new ResourceLoadException(resource.Name, "truncated.");
        }
        byte* p = resource.Origin + _position;
        _position += bytes;
        return p;
    }
}
