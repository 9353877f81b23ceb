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

    [Property(MaxTest = 200)]
    public bool Tries_built_heaviest_first_find_exactly_their_keys_and_give_every_parent_its_own_base(string[] raw, int seed)
    {
        var keys = (raw ?? []).Where(k => !string.IsNullOrEmpty(k)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var trie = DoubleArrayTrieBuilder.Build(keys, out var nodes, keys.Select(_ => (long)random.Next(0, 1000)).ToArray());
        for (int i = 0; i < keys.Length; i++)
        {
            if (trie.Find(keys[i]) != nodes[i])
            {
                return false;
            }
        }
        // The dictionary checks a child by its label, not its parent: sound only with distinct bases.
        var bases = trie.Bases.ToArray();
        var checks = trie.Checks.ToArray();
        var parents = Enumerable.Range(0, checks.Length).Where(t => checks[t] > 0 && t != DoubleArrayTrie.Root).Select(t => checks[t]).Distinct().ToArray();
        return parents.Select(p => bases[p]).Distinct().Count() == parents.Length
            && keys.All(k => keys.Any(o => o.StartsWith(k + "\uFFFF", StringComparison.Ordinal)) || trie.Find(k + "\uFFFF") == -1);
    }

    [Fact]
    public void The_heaviest_words_sit_at_the_front()
    {
        string[] keys = ["中", "中国", "乙", "乙醚", "乙醚酶"];
        var trie = DoubleArrayTrieBuilder.Build(keys, out var nodes, [10, 1000, 1, 1, 1]);
        Assert.True(nodes[1] < nodes[3], $"中国 at {nodes[1]}, 乙醚 at {nodes[3]}");
        Assert.Equal(nodes, keys.Select(k => trie.Find(k)));
    }

    [Fact]
    public void Unsorted_keys_are_refused()
    {
        Assert.Throws<ArgumentException>(() => DoubleArrayTrieBuilder.Build(["b", "a"], out _));
    }
}
