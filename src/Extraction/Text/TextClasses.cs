using System.Buffers;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Text;

/// <summary>Character classes shared by the place, organisation, person and team recognizers (simplified script).</summary>
internal static class TextClasses
{
    // One list holds every class (Data/char-classes.tsv): a character is listed once, its classes marked.
    private static readonly WordList Classes = WordLists.Get("char-classes");

    private static SearchValues<char> Class(string column) => SearchValues.Create(Members(column));

    private static string Members(string column)
    {
        var i = Classes.Column(column);
        return string.Concat(Classes.Rows.Where(r => r[i].Length > 0).Select(r => r[0]));
    }

    /// <summary>
    /// The value of a run of decimal digits as a regex's <c>\d</c> matches them: ASCII, full-width (５ in a copied page's
    /// date line) or any other script's, which int.Parse refuses. Shared by the byline's dates and the percent recognizer's.
    /// </summary>
    public static int DigitsValue(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = checked((value * 10) + System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(c));
        }
        return value;
    }

    /// <summary>
    /// Function characters that do not occur inside the place and organisation names of these reports; an
    /// unknown name never spans one (的 in 我们的村, 在 in 在石河子镇, 驻 in 驻该县).
    /// </summary>
    public static readonly SearchValues<char> Function = Class("function");

    /// <summary>Chinese numerals, which may be part of a village or team name (双沟二村, 牧业五队, 一四七团).</summary>
    public static readonly SearchValues<char> ChineseDigits = Class("digit");

    /// <summary>Separators of coordinated names (劳光村、英吾斯塘村).</summary>
    public static readonly SearchValues<char> Coordinators = Class("coordinator");

    /// <summary>The members of <see cref="Coordinators"/> as a string, for lists built from them.</summary>
    public static readonly string CoordinatorChars = Members("coordinator");

    /// <summary>
    /// Characters after which an unknown place name may begin on its own: locative verbs and prepositions
    /// (在, 到, 赴, 驻, 从, 像), coordinators and 的. After other words (帮带村, 提升村) 村 is the common noun.
    /// </summary>
    public static readonly SearchValues<char> PlaceLead = Class("place_lead");

    /// <summary>
    /// The stronger function words: inside an administrative chain, where the suffix closes the name, a
    /// transliterated name may hold 向, 也, 得 or 其 (尼向达村, 也木勒牧场), but never these.
    /// </summary>
    public static readonly SearchValues<char> ChainStop = Class("chain_stop");

    /// <summary>Characters that end a person's name (…也跳了, …说); 得 is not here since names hold it.</summary>
    public static readonly SearchValues<char> PersonStop = Class("person_stop");

    /// <summary>Characters that may stand right before an organisation's name: prepositions, coordinators, 的.</summary>
    public static readonly SearchValues<char> OrgLead = Class("org_lead");

    public static bool IsChainChar(char c) => (Flags[c] & ChainCharFlag) != 0;

    public static bool IsPersonChar(char c) => (Flags[c] & PersonCharFlag) != 0;

    public static bool IsFunction(char c) => (Flags[c] & FunctionFlag) != 0;

    /// <summary>A character that can be part of a name: a CJK ideograph that is neither punctuation nor a function word.</summary>
    public static bool IsNameChar(char c) => (Flags[c] & NameCharFlag) != 0;

    /// <summary>
    /// The furthest a recognizer looks back or ahead for the start or end of a sentence or clause: text with
    /// no punctuation (a scraped page run together) would otherwise make each such look cost the whole text.
    /// </summary>
    public const int MaxSentenceLength = 1000;

    /// <summary>The furthest a recognizer looks back for a paragraph's start (该村, a team's station named before).</summary>
    public const int MaxParagraphLookback = 5000;

    /// <summary>Ends of sentences: anaphora (该县) and team stations are resolved within one.</summary>
    public static bool IsSentenceEnd(char c) => (Flags[c] & SentenceEndFlag) != 0;

    private const byte FunctionFlag = 1, NameCharFlag = 2, ChainCharFlag = 4, PersonCharFlag = 8, SentenceEndFlag = 16;

    /// <summary>
    /// The tests above as one byte of flags per UTF-16 unit (64 KB, built once): the recognizers ask them of
    /// most characters of a text, and a table read is cheaper than a search in a set of CJK characters.
    /// </summary>
    private static readonly byte[] Flags = BuildFlags();

    private static byte[] BuildFlags()
    {
        var flags = new byte[char.MaxValue + 1];
        foreach (var c in Members("function"))
        {
            flags[c] |= FunctionFlag;
        }
        foreach (var c in Sentences.Ends + Marks.ClauseEnds)
        {
            flags[c] |= SentenceEndFlag;
        }
        var chainStop = Members("chain_stop");
        var personStop = Members("person_stop");
        for (var c = '\u3400'; c <= '\u9fff'; c++)
        {
            if ((flags[c] & FunctionFlag) == 0)
            {
                flags[c] |= NameCharFlag;
            }
            if (!chainStop.Contains(c, StringComparison.Ordinal))
            {
                flags[c] |= ChainCharFlag;
            }
            if (!personStop.Contains(c, StringComparison.Ordinal))
            {
                flags[c] |= PersonCharFlag;
            }
        }
        // A numeral outside the ideograph block (〇) names a numbered regiment or company as the others do (一〇五团).
        foreach (var c in Members("digit"))
        {
            if (c < '\u3400' || c > '\u9fff')
            {
                flags[c] |= NameCharFlag | ChainCharFlag;
            }
        }
        return flags;
    }
}
