using System.Buffers;

namespace WorkTeam.Extraction.Text;

/// <summary>Character classes shared by the place, organisation, person and team recognizers (simplified script).</summary>
internal static class TextClasses
{
    /// <summary>
    /// Function characters that do not occur inside the place and organisation names of these reports; an
    /// unknown name never spans one (的 in 我们的村, 在 in 在石河子镇, 驻 in 驻该县).
    /// </summary>
    public static readonly SearchValues<char> Function = SearchValues.Create(
        "的了在是与及或等对向从把被为于到赴驻该本全各每这我你们也都还就又将由进去即所个以之而但并且后说任给让使此已着过得往入处至者年月号均像较令当如");

    /// <summary>Chinese numerals, which may be part of a village or team name (双沟二村, 牧业五队, 一四七团).</summary>
    public static readonly SearchValues<char> ChineseDigits = SearchValues.Create("〇零一二三四五六七八九十百两");

    /// <summary>Separators of coordinated names (劳光村、英吾斯塘村).</summary>
    public static readonly SearchValues<char> Coordinators = SearchValues.Create("、和及与");

    /// <summary>
    /// Characters after which an unknown place name may begin on its own: locative verbs and prepositions
    /// (在, 到, 赴, 驻, 从, 像), coordinators and 的. After other words (帮带村, 提升村) 村 is the common noun.
    /// </summary>
    public static readonly SearchValues<char> PlaceLead = SearchValues.Create("在到赴驻于从往进至像自离近邻和与、及入由为是的去来");

    /// <summary>
    /// The stronger function words: inside an administrative chain, where the suffix closes the name, a
    /// transliterated name may hold 向, 也, 得 or 其 (尼向达村, 也木勒牧场), but never these.
    /// </summary>
    public static readonly SearchValues<char> ChainStop = SearchValues.Create(
        "的了在是与及或等对从把被为于到赴驻该本全各每这我你们都还就又将由即所个以之而但并且说给让使此已着过年月号");

    /// <summary>Characters that end a person's name (…也跳了, …说); 得 and 也 are not here since names hold them.</summary>
    public static readonly SearchValues<char> PersonStop = SearchValues.Create(
        "的了在是与及或等对向从把被为于到赴驻该本全各每这我你们都还就又将由即所个以之而但并且后说给让使此已着过往至者年月号也");

    /// <summary>Characters that may stand right before an organisation's name: prepositions, coordinators, 的.</summary>
    public static readonly SearchValues<char> OrgLead = SearchValues.Create("与由是在给和向对被为从及、的到即经");

    public static bool IsChainChar(char c) => c >= '\u3400' && c <= '\u9fff' && !ChainStop.Contains(c);

    public static bool IsPersonChar(char c) => c >= '\u3400' && c <= '\u9fff' && !PersonStop.Contains(c);

    public static bool IsFunction(char c) => Function.Contains(c);

    /// <summary>A character that can be part of a name: a CJK ideograph that is neither punctuation nor a function word.</summary>
    public static bool IsNameChar(char c) => c >= '\u3400' && c <= '\u9fff' && !Function.Contains(c);

    /// <summary>
    /// The furthest a recognizer looks back or ahead for the start or end of a sentence or clause: text with
    /// no punctuation (a scraped page run together) would otherwise make each such look cost the whole text.
    /// </summary>
    public const int MaxSentenceLength = 1000;

    /// <summary>The furthest a recognizer looks back for a paragraph's start (该村, a team's station named before).</summary>
    public const int MaxParagraphLookback = 5000;

    /// <summary>Ends of sentences: anaphora (该县) and team stations are resolved within one.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '\n' or '；' or ';';
}
