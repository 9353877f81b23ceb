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

    private const string NumeralAlphabet = "0123456789０９〇零一二两三四五六七八九十百千万萬亿億兆廿点點‧.．,元%亩人年月日号分之成";

    [Property(MaxTest = 3000)]
    public Property Long_runs_of_numerals_never_throw_and_never_give_a_negative_value() =>
        Prop.ForAll(
            Gen.Choose(1, 80).SelectMany(n => Gen.ArrayOf(Gen.Elements(NumeralAlphabet.ToCharArray()), n)).Select(chars => "投入" + new string(chars) + "元").ToArbitrary(),
            text => Extractor.Extract(text).All(f => f.Kind == FactKinds.Date || (f.Value >= 0 && (f.Max is null || f.Max >= f.Value))));

    [Property(MaxTest = 2000)]
    public Property Arabic_amounts_are_exact_or_refused_never_cut() =>
        Prop.ForAll(
            (from integer in Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
             from lead in Gen.Choose(1, 9)
             from fraction in Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
             select lead + string.Concat(integer) + (fraction.Length == 0 ? "" : "." + string.Concat(fraction))).ToArbitrary(),
            written =>
            {
                var money = Extractor.Extract("投入" + written + "元。").Where(f => f.Kind == FactKinds.Money).ToList();
                // Either no fact, or one whose value is the written number to the last place.
                return money.Count == 0
                    || (money.Count == 1 && money[0].Text == written + "元"
                        && money[0].Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == WithoutTrailingZeros(written));
            });

    private static string WithoutTrailingZeros(string written) =>
        written.Contains('.', StringComparison.Ordinal) ? written.TrimEnd('0').TrimEnd('.') : written;
}
