using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Analysis;

/// <summary>
/// A compact fingerprint of a document's text for finding reprints: a MinHash signature over
/// overlapping runs of characters of the simplified text, letters and digits only, so the same story
/// in the other script, with other page furniture, spacing or punctuation, signs alike. Immutable;
/// computing one is thread-safe, so a batch signs its documents in parallel.
/// </summary>
public sealed class ReprintSignature
{
    /// <summary>Characters per shingle: five Chinese characters are about two words.</summary>
    internal const int ShingleLength = 5;

    /// <summary>Hash functions of a signature; bands × rows.</summary>
    internal const int HashCount = Bands * RowsPerBand;

    /// <summary>Bands of the locality-sensitive index: two documents meet when one band agrees in full.</summary>
    internal const int Bands = 32;

    internal const int RowsPerBand = 4;

    /// <summary>Texts with fewer shingles than this (a caption, a title) are never called reprints.</summary>
    internal const int MinShingles = 20;

    private static readonly ulong[] Seeds = MakeSeeds();

    private ReprintSignature(uint[] hashes, int shingles)
    {
        Hashes = hashes;
        Shingles = shingles;
    }

    internal uint[] Hashes { get; }

    /// <summary>How many shingles the text had; too few and the signature is not compared.</summary>
    internal int Shingles { get; }

    /// <summary>Signs <paramref name="text"/> (simplified or traditional).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReprintSignature Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var simplified = ScriptConverter.Default.ToSimplified(ReadingText.Clean(text));
        // Letters and digits only: punctuation, spaces and line breaks differ between copies.
        var letters = new char[simplified.Length];
        int n = 0;
        foreach (char c in simplified)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters[n++] = c;
            }
        }
        var hashes = new uint[HashCount];
        Array.Fill(hashes, uint.MaxValue);
        int shingles = Math.Max(0, n - ShingleLength + 1);
        for (int i = 0; i < shingles; i++)
        {
            ulong shingle = Fnv(letters.AsSpan(i, ShingleLength));
            for (int h = 0; h < HashCount; h++)
            {
                uint value = (uint)(Mix(shingle ^ Seeds[h]) >> 32);
                if (value < hashes[h])
                {
                    hashes[h] = value;
                }
            }
        }
        return new ReprintSignature(hashes, shingles);
    }

    /// <summary>The estimated share of shingles two texts have in common (Jaccard similarity), 0 to 1.</summary>
    public double Similarity(ReprintSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int same = 0;
        for (int h = 0; h < HashCount; h++)
        {
            if (Hashes[h] == other.Hashes[h])
            {
                same++;
            }
        }
        return (double)same / HashCount;
    }

    private static ulong Fnv(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>SplitMix64's finaliser: a cheap, well-spread hash of one 64-bit value.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[HashCount];
        ulong state = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}

/// <summary>
/// Finds reprints in a batch: documents are added in order (by path), and each is compared with the
/// ones before it; a document whose text is nearly the same as an earlier one's is a reprint of the
/// first such document. Not thread-safe: add from one thread, in the order that names the first copy.
/// </summary>
/// <example>
/// <code>
/// var reprints = new ReprintDetector();
/// foreach (var (path, document) in documents)   // sorted by path
///     string? original = reprints.Add(path, ReprintSignature.Of(document.GetBodyText()));
/// </code>
/// </example>
public sealed class ReprintDetector
{
    /// <summary>The default similarity from which two texts are one story: reposts differ in furniture and a sentence or two.</summary>
    public const double DefaultThreshold = 0.6;

    private readonly double _threshold;
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly List<(string Name, ReprintSignature Signature)> _documents = [];

    /// <summary>A detector calling two texts one story from <paramref name="threshold"/> similarity.</summary>
    /// <param name="threshold">The estimated share of common five-character runs, over 0 and at most 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not in (0, 1].</exception>
    public ReprintDetector(double threshold = DefaultThreshold)
    {
        if (!(threshold > 0 && threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a share over 0 and at most 1.");
        }
        _threshold = threshold;
    }

    /// <summary>
    /// Adds a document; returns the name of the first document added before it that tells the same
    /// story, or null when it is the first copy (or too short to tell).
    /// </summary>
    /// <param name="name">The document's name (its path), returned for its reprints.</param>
    /// <param name="signature">Its text's signature.</param>
    public string? Add(string name, ReprintSignature signature)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Shingles < ReprintSignature.MinShingles)
        {
            return null;
        }
        int best = -1;
        var keys = new ulong[ReprintSignature.Bands];
        for (int band = 0; band < ReprintSignature.Bands; band++)
        {
            keys[band] = BandKey(signature, band);
            if (_buckets.TryGetValue((band, keys[band]), out var candidates))
            {
                foreach (var index in candidates)
                {
                    if ((best < 0 || index < best) && signature.Similarity(_documents[index].Signature) >= _threshold)
                    {
                        best = index;
                    }
                }
            }
        }
        if (best >= 0)
        {
            // A reprint is not indexed: its copies are reprints of the first one.
            return _documents[best].Name;
        }
        int added = _documents.Count;
        _documents.Add((name, signature));
        for (int band = 0; band < ReprintSignature.Bands; band++)
        {
            if (!_buckets.TryGetValue((band, keys[band]), out var list))
            {
                list = [];
                _buckets.Add((band, keys[band]), list);
            }
            list.Add(added);
        }
        return null;
    }

    private static ulong BandKey(ReprintSignature signature, int band)
    {
        ulong key = 0;
        for (int r = 0; r < ReprintSignature.RowsPerBand; r++)
        {
            key = (key * 0x100000001B3UL) ^ signature.Hashes[(band * ReprintSignature.RowsPerBand) + r];
        }
        return key;
    }
}
