using System.Collections.Frozen;
using System.Reflection;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Topics;

/// <summary>The reviewed stop list (Data/stopwords.tsv, embedded): words a topic model leaves out.</summary>
internal static class StopWords
{
    private const string ResourceName = "WorkTeam.Topics.stopwords.tsv";
    private static readonly Lazy<FrozenSet<string>> s_default = new(Load);

    public static FrozenSet<string> Default => s_default.Value;

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new ResourceLoadException(ResourceName, "the embedded resource is missing");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            var word = tab < 0 ? line : line[..tab];
            if (word.Length == 0 || !words.Add(word))
            {
                throw new ResourceLoadException(ResourceName, $"line {lineNumber}: {(word.Length == 0 ? "empty word" : "duplicate word " + word)}");
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
