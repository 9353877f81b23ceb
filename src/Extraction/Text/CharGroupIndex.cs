namespace WorkTeam.Extraction.Text;

/// <summary>
/// A 64 KB table from each UTF-16 unit to 1 + the index of its group, or 0: the groups are the distinct characters of a
/// sequence in the order they first appear, which is the order of <c>GroupBy</c> over the same sequence. A scan reads
/// one byte where a frozen map by character searched its sorted keys; it reads only the few lines the characters use.
/// </summary>
internal static class CharGroupIndex
{
    /// <summary>The index of <paramref name="chars"/>' groups (at most 255 distinct characters).</summary>
    public static byte[] ByFirstAppearance(IEnumerable<char> chars)
    {
        var index = new byte[char.MaxValue + 1];
        var groups = 0;
        foreach (var c in chars)
        {
            if (index[c] == 0)
            {
                index[c] = checked((byte)++groups);
            }
        }
        return index;
    }
}
