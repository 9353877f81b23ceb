using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// Jieba's prefix dictionary (dict.txt) as a double-array trie: every word and every prefix of a
/// word is a node; a node's frequency is 0 for a prefix that is not itself a word. Immutable.
/// </summary>
internal sealed class JiebaDictionary
{
    private readonly int[] _freq;
    private readonly double[] _logFreq;
    private readonly byte[] _tag;
    private readonly string[] _tagNames;

    private JiebaDictionary(DoubleArrayTrie trie, int[] freq, byte[] tag, string[] tagNames, long total)
    {
        Trie = trie;
        _freq = freq;
        _tag = tag;
        _tagNames = tagNames;
        Total = total;
        // log(freq) once per word here, so the route computes what jieba computes: log(f) - log(total) + next.
        _logFreq = new double[freq.Length];
        for (int i = 0; i < freq.Length; i++)
        {
            if (freq[i] > 0)
            {
                _logFreq[i] = Math.Log(freq[i]);
            }
        }
    }

    public DoubleArrayTrie Trie { get; }

    /// <summary>The sum of all frequencies in dict.txt, as jieba counts it.</summary>
    public long Total { get; }

    /// <summary>Frequency of the word ending at <paramref name="node"/>; 0 for a mere prefix.</summary>
    public int Frequency(int node) => _freq[node];

    /// <summary>log(frequency) of the word at <paramref name="node"/> (0 when the frequency is 0).</summary>
    public double LogFrequency(int node) => _logFreq[node];

    /// <summary>The POS tag of the word at <paramref name="node"/>, or null.</summary>
    public string? Tag(int node) => _tag[node] == 0 ? null : _tagNames[_tag[node] - 1];

    /// <summary>Frequency of <paramref name="word"/>, or null when it is not even a prefix (jieba's FREQ.get).</summary>
    public int? Find(ReadOnlySpan<char> word)
    {
        int node = Trie.Find(word);
        return node < 0 ? null : _freq[node];
    }

    public static JiebaDictionary LoadEmbedded() =>
        EmbeddedResources.Load(ResourceFormat.JiebaDictionary, ResourceFormat.JiebaDictionaryMagic, reader =>
        {
            long total = reader.ReadInt64();
            int tagCount = reader.ReadInt32();
            var tags = new string[tagCount];
            for (int i = 0; i < tagCount; i++)
            {
                tags[i] = string.Intern(reader.ReadString());
            }
            var codes = EmbeddedResources.ReadArray<ushort>(reader);
            var bases = EmbeddedResources.ReadArray<int>(reader);
            var checks = EmbeddedResources.ReadArray<int>(reader);
            var freq = EmbeddedResources.ReadArray<int>(reader);
            var tag = EmbeddedResources.ReadArray<byte>(reader);
            if (freq.Length != bases.Length || tag.Length != bases.Length)
            {
                throw new InvalidDataException("node arrays differ in length");
            }
            return new JiebaDictionary(new DoubleArrayTrie(codes, bases, checks), freq, tag, tags, total);
        });
}
