namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// The groups of jieba's part-of-speech tags (dict.txt) the recognizers read, kept in one place so a tag means the same
/// to every stage. A distinguishing word (b: 主要, 所有, 专项, 大型) is in both groups: it modifies the noun after it, so
/// it opens a phrase where a place name would start (主要村 is no village) and is part of a kind's name before a team
/// word (驻李家村专项工作队).
/// </summary>
internal static class PosTags
{
    /// <summary>
    /// Words that name a kind of thing (a team's kind: 驻李家村产业发展工作队): nouns (n, ng, nz, nt, ns), verbal and
    /// adjectival nouns (vn 服务, an), abbreviations (j 党建), distinguishing words (b) and adjectives (a). A verb (v 开展,
    /// 到), preposition, conjunction, particle, pronoun, adverb, numeral, measure word, time or direction word makes a
    /// clause or a count.
    /// </summary>
    public static bool IsNominal(string? tag) => tag is "n" or "ng" or "nz" or "nt" or "ns" or "vn" or "an" or "j" or "b" or "a";

    /// <summary>Words that open a phrase, never a place name: preposition, adverb, conjunction, pronoun, distinguishing word (主要, 所有).</summary>
    public static bool IsFunctionWord(string? tag) => tag is "p" or "d" or "c" or "r" or "b";
}
