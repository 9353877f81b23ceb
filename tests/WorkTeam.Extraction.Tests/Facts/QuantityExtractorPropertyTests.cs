using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Facts;

public sealed class QuantityExtractorPropertyTests
{
    private const string Alphabet =
        "0123456789０１２３４５６７８９〇零一二两兩三四五六七八九十百千万萬亿億兆廿卅点點．.,，%％年月日号號至到—-~、和余多几幾成分之元亩人个個次(（）)民國国今去明前第约近超过以上左右半／/ 　\nabcIMG_";

    private static readonly QuantityExtractor Extractor = new();

    [Property(MaxTest = 3000)]
    public Property Any_text_of_numerals_and_units_extracts_without_error_and_with_true_offsets() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray())).Select(chars => new string(chars)).ToArbitrary(),
            text =>
            {
                foreach (var fact in Extractor.Extract(text, new DateOnly(2021, 7, 13)))
                {
                    if (fact.Start < 0 || fact.End > text.Length || fact.Start >= fact.End || text[fact.Start..fact.End] != fact.Text)
                    {
                        return false;
                    }
                }
                return true;
            });
}
