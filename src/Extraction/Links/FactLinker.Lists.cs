using System.Globalization;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// A list that spells out the sentence introducing it: its items' numbers take that sentence's period and actor.
internal static partial class FactLinker
{
    /// <summary>What opens a paragraph as a list item: nothing, a numeral with its mark (1., 一、, (一)), or a place and a colon (巴州区：).</summary>
    private enum ItemKind
    {
        None,
        Numbered,
        Labelled,
    }

    /// <summary>
    /// The paragraph that introduces the list paragraph <paramref name="p"/> is an item of, or -1: the paragraph before
    /// the run of items of its kind (blank lines skipped). Numbered items need an introduction that ends with a colon
    /// (现将项目计划下达如下：⏎1.安排…; …项目暨經費核定如下：⏎一、南竿鄉…); items labelled by a place (巴州区：…2405万元；),
    /// two or more in a row, spell out the paragraph before them whatever its end (…下达我市2019年…资金26428万元，予以公告。).
    /// </summary>
    private static int ListIntro(string text, List<Fact> facts, Cut cut, int p)
    {
        var kind = KindOfItem(text, facts, cut, p);
        if (kind == ItemKind.None)
        {
            return -1;
        }
        var q = p - 1;
        while (q >= 0 && (cut.IsBlank(q) || KindOfItem(text, facts, cut, q) == kind))
        {
            q--;
        }
        if (q < 0 || cut.IsHeading(q))
        {
            return -1;
        }
        if (kind == ItemKind.Labelled)
        {
            // Items labelled by a place spell out what comes before them only as a list, two or more in a row: one
            // paragraph opening 张家村： (an interview's answer, a village's own report) spells out nothing.
            return LabelledRun(text, facts, cut, q, p) >= MinLabelledItems ? q : -1;
        }
        var (start, end) = cut.ParagraphSpan(q);
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end > start && LinkWords.ItemColons.Contains(text[end - 1], StringComparison.Ordinal) ? q : -1;
    }

    /// <summary>How paragraph <paramref name="p"/> opens: a numeral with an item mark (not a decimal: 1.5公里), a place and a colon, or neither.</summary>
    private static ItemKind KindOfItem(string text, List<Fact> facts, Cut cut, int p)
    {
        var (start, end) = cut.ParagraphSpan(p);
        var at = start;
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        if (at >= end)
        {
            return ItemKind.None;
        }
        var k = FirstFactAtOrAfter(facts, at);
        if (k < facts.Count && facts[k].Start == at && facts[k].Kind == FactKinds.Place)
        {
            // The colon right after the place, or after a character or two the recognizer left out of its name (巴州区：, read 巴州).
            for (var c = facts[k].End; c < end && c - facts[k].End <= MaxLabelTail; c++)
            {
                if (LinkWords.ItemColons.Contains(text[c], StringComparison.Ordinal))
                {
                    return ItemKind.Labelled;
                }
                if (LinkWords.Breaks.Contains(text[c]) || char.IsWhiteSpace(text[c]))
                {
                    break;
                }
            }
        }
        return ItemMarkEnd(text, at, end) > at ? ItemKind.Numbered : ItemKind.None;
    }

    /// <summary>
    /// Where the text after a list item's mark at <paramref name="at"/> starts ((二)2022年交通项目, 1.安排…, 一、…), or
    /// <paramref name="at"/> when no item mark stands there (not a decimal: 1.5公里). Reads a bracket, three numerals and a mark at most.
    /// </summary>
    private static int ItemMarkEnd(string text, int at, int end)
    {
        var from = at;
        var bracketed = at < end && LinkWords.ItemOpens.Contains(text[at], StringComparison.Ordinal);
        if (bracketed)
        {
            at++;
        }
        var digits = at;
        while (at < end && at - digits < MaxItemNumeral && (char.IsAsciiDigit(text[at]) || TextClasses.ChineseDigits.Contains(text[at])))
        {
            at++;
        }
        // A digit after the mark makes a decimal (1.5公里, (1.5万元), unless a bracket opened the mark and a bracket closes it ((二)2022年).
        var closedBracket = bracketed && at < end && char.GetUnicodeCategory(text[at]) == UnicodeCategory.ClosePunctuation;
        return at > digits && at + 1 < end && LinkWords.ItemCloses.Contains(text[at], StringComparison.Ordinal) && (closedBracket || !char.IsAsciiDigit(text[at + 1]))
            ? at + 1 : from;
    }

    /// <summary>How many place-labelled paragraphs stand in the run that holds paragraph <paramref name="p"/> (from after <paramref name="intro"/>, blank lines skipped).</summary>
    private static int LabelledRun(string text, List<Fact> facts, Cut cut, int intro, int p)
    {
        var items = 0;
        for (var r = intro + 1; r < cut.ParagraphFirstSentence.Count && items < MinLabelledItems; r++)
        {
            if (cut.IsBlank(r))
            {
                continue;
            }
            if (KindOfItem(text, facts, cut, r) != ItemKind.Labelled)
            {
                break;
            }
            items++;
        }
        return items;
    }

    /// <summary>The fewest place-labelled paragraphs that make a list (巴州区：…；⏎恩阳区：…).</summary>
    private const int MinLabelledItems = 2;

    /// <summary>How many characters may stand between a labelling place and its colon (巴州区： with the place read 巴州).</summary>
    private const int MaxLabelTail = 2;

    /// <summary>The most characters of an item's numeral (十二, 12).</summary>
    private const int MaxItemNumeral = 3;
}
