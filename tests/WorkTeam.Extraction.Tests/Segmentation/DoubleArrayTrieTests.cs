using FsCheck.Xunit;
using WorkTeam.Extraction.Collections;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Extraction.Tests.Segmentation;

public class DoubleArrayTrieTests
{
    [Fact]
    public void Every_key_and_prefix_is_found_and_nothing_else()
    {
        string[] keys = ["北", "北京", "北京大学", "南京", "南京市", "abc"];
        var trie = DoubleArrayTrieBuilder.Build(keys.Order(StringComparer.Ordinal).ToArray(), out var nodes);
        Assert.Equal(nodes.Length, nodes.Distinct().Count());
        Assert.True(trie.Find("北京大") > 0); // a prefix is a node
        Assert.Equal(-1, trie.Find("北大"));
        Assert.Equal(-1, trie.Find("京"));
        Assert.Equal(-1, trie.Find("abcd"));
    }

    [Property(MaxTest = 200)]
    public bool Built_tries_find_exactly_their_keys(string[] raw)
    {
        var keys = (raw ?? []).Where(k => !string.IsNullOrEmpty(k)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var trie = DoubleArrayTrieBuilder.Build(keys, out var nodes);
        for (int i = 0; i < keys.Length; i++)
        {
            if (trie.Find(keys[i]) != nodes[i])
            {
                return false;
            }
        }
        // A string that is no key's prefix is absent.
        return keys.All(k => keys.Any(o => o.StartsWith(k + "\uFFFF", StringComparison.Ordinal)) || trie.Find(k + "\uFFFF") == -1);
    }

    [Fact]
    public void Unsorted_keys_are_refused()
    {
        Assert.Throws<ArgumentException>(() => DoubleArrayTrieBuilder.Build(["b", "a"], out _));
    }
}
