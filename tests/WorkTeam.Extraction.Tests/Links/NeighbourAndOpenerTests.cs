using WorkTeam.Extraction.Facts;

using static WorkTeam.Extraction.Tests.Links.LinkedNumbers;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>
/// Links set 13 (issue 16): a place the subject borders (接壤), a township's anaphor (该镇) when a short form of the same unit
/// is named later, the place opening a sentence over a more specific one claimed by a later clause's number, the date opening a
/// sentence past a word of now in another statement, a paragraph-opening year after a bracketed list mark (FactLinker.Places,
/// .Periods, .Lists; Links/Data/link-words.tsv neighbour); each class in both scripts, exact values, and its nearest look-alike.
/// </summary>
public class NeighbourAndOpenerTests
{
    [Theory]
    [InlineData("11月26日,新邵县陈家坊镇马埠田村村民石社成说,路修通了。\n\n这条路与陈家坊镇山西铺村接壤,长1.5公里,该村近400人走这条路。", "1.5公里", "近400人")]
    [InlineData("11月26日,新邵縣陳家坊鎮馬埠田村村民石社成說,路修通了。\n\n這條路與陳家坊鎮山西鋪村接壤,長1.5公里,該村近400人走這條路。", "1.5公里", "近400人")]
    public void A_place_the_subject_borders_is_not_what_its_numbers_or_its_anaphor_are_about(string text, string length, string people)
    {
        Assert.Equal(("马埠田村", "马埠田村"), (Number(text, length).Place, Number(text, people).Place));
    }

    [Theory]
    [InlineData("该路与陈家坊镇山西铺村接壤,长1.5公里。", null)]
    [InlineData("該路與陳家坊鎮山西鋪村接壤,長1.5公里。", null)]
    [InlineData("该路位于陈家坊镇山西铺村,长1.5公里。", "山西铺村")]
    [InlineData("該路位於陳家坊鎮山西鋪村,長1.5公里。", "山西铺村")]
    public void The_chain_before_a_word_of_bordering_gives_no_place_and_one_without_it_does(string text, string? place)
    {
        Assert.Equal(place, Number(text, "1.5公里").Place);
    }

    [Theory]
    [InlineData("马山县周鹿镇毗邻大化县,全镇人口10万人,投资2600万元兴建污水处理厂。", "10万人", "2600万元")]
    [InlineData("馬山縣周鹿鎮毗鄰大化縣,全鎮人口10萬人,投資2600萬元興建污水處理廠。", "10萬人", "2600萬元")]
    public void The_place_before_a_word_of_bordering_without_a_word_of_with_is_the_subject_not_its_neighbour(string text, string people, string money)
    {
        var (p, m) = (Number(text, people), Number(text, money));
        Assert.Equal(("周鹿镇", "450124105", "周鹿镇", "450124105"), (p.Place, p.Code, m.Place, m.Code));
    }

    [Theory]
    [InlineData("新邵县陈家坊镇马埠田村毗邻县城,长1.5公里的道路投资50万元。", "50万元")]
    [InlineData("新邵縣陳家坊鎮馬埠田村毗鄰縣城,長1.5公里的道路投資50萬元。", "50萬元")]
    [InlineData("11月26日,新邵县陈家坊镇马埠田村毗邻县城,该村近400人走这条路。", "近400人")]
    [InlineData("11月26日,新邵縣陳家坊鎮馬埠田村毗鄰縣城,該村近400人走這條路。", "近400人")]
    public void A_village_that_borders_another_keeps_its_numbers_and_its_anaphor(string text, string number)
    {
        Assert.Equal("马埠田村", Number(text, number).Place);
    }

    [Theory]
    [InlineData("周鹿镇:夯实基础改善乡村\n本文来源: 建设厅\n据了解,该镇人口接近10万人。据统计,目前该镇投资2600万元兴建污水处理厂,投资4000万元建设大化至周鹿二级道路。", "接近10万人", "周鹿镇")]
    [InlineData("周鹿鎮:夯實基礎改善鄉村\n本文來源: 建設廳\n據了解,該鎮人口接近10萬人。據統計,目前該鎮投資2600萬元興建污水處理廠,投資4000萬元建設大化至周鹿二級道路。", "接近10萬人", "周鹿镇")]
    [InlineData("周鹿镇:夯实基础改善乡村\n本文来源: 建设厅\n据了解,该镇人口接近10万人。据统计,目前该镇投资2600万元兴建污水处理厂,投资4000万元建设大化至古零镇二级道路。", "接近10万人", null)]
    public void A_townships_anaphor_reaches_its_title_when_the_page_names_it_again_only_short(string text, string people, string? place)
    {
        // 周鹿 (the same unit, 450124105) does not make 周鹿镇 one of two townships; 古零镇 (another) does.
        Assert.Equal(place, Number(text, people).Place);
    }

    [Theory]
    [InlineData("马山县周鹿镇基础设施比较落后。目前该镇投资2600万元兴建污水处理厂,投资9000万元建设送变电站项目,投资200万元在爱旗村三陈屯兴建农业产业园。", "9000万元", "200万元")]
    [InlineData("馬山縣周鹿鎮基礎設施比較落後。目前該鎮投資2600萬元興建污水處理廠,投資9000萬元建設送變電站項目,投資200萬元在愛旗村三陳屯興建農業產業園。", "9000萬元", "200萬元")]
    public void A_village_claimed_by_a_later_clauses_money_leaves_the_clauses_between_to_the_town_opening_the_sentence(string text, string between, string own)
    {
        var (b, o) = (Number(text, between), Number(text, own));
        Assert.Equal(("周鹿镇", "450124105", "爱旗村", LinkScope.Clause), (b.Place, b.Code, o.Place, o.Scope));
    }

    [Theory]
    [InlineData("马山县周鹿镇基础设施比较落后。目前该镇投资2600万元兴建污水处理厂,投资9000万元建设送变电站项目,在爱旗村三陈屯兴建农业产业园。", "9000万元")]
    [InlineData("馬山縣周鹿鎮基礎設施比較落後。目前該鎮投資2600萬元興建污水處理廠,投資9000萬元建設送變電站項目,在愛旗村三陳屯興建農業產業園。", "9000萬元")]
    public void A_village_in_a_later_clause_without_a_number_of_its_own_stays_the_sentences_choice(string text, string money)
    {
        Assert.Equal("爱旗村", Number(text, money).Place);
    }

    [Theory]
    [InlineData("2022年我镇共实施交通项目28个,资金投入约820万元,现已全部完工;财政衔接项目17个,资金投入约680万元。", "17个", "约680万元", "2022")]
    [InlineData("2022年我鎮共實施交通項目28個,資金投入約820萬元,現已全部完工;財政銜接項目17個,資金投入約680萬元。", "17個", "約680萬元", "2022")]
    [InlineData("2022年我镇共实施交通项目28个,资金投入约820万元;目前财政衔接项目17个,资金投入约680万元。", "17个", "约680万元", null)]
    public void The_date_opening_a_sentence_reaches_past_a_word_of_now_in_another_statement_not_one_in_its_own(string text, string count, string money, string? period)
    {
        Assert.Equal((period, period), (Number(text, count).Period, Number(text, money).Period));
    }

    [Theory]
    [InlineData("(二)2022年交通项目。我镇共实施交通项目28个,资金投入约820万元。", "28个", "2022")]
    [InlineData("（二）2022年交通項目。我鎮共實施交通項目28個,資金投入約820萬元。", "28個", "2022")]
    [InlineData("(二)交通项目。我镇共实施交通项目28个,资金投入约820万元。", "28个", null)]
    public void A_year_opening_a_paragraph_after_a_bracketed_list_mark_is_its_period(string text, string count, string? period)
    {
        Assert.Equal(period, Number(text, count).Period);
    }

    [Theory]
    [InlineData("现将2019年扶贫资金项目计划下达如下:\n(1.5万元用于甲村道路建设,其余用于乙村。", "1.5万元", null)]
    [InlineData("現將2019年扶貧資金項目計劃下達如下:\n(1.5萬元用於甲村道路建設,其餘用於乙村。", "1.5萬元", null)]
    [InlineData("现将2019年扶贫资金项目计划下达如下:\n(1)安排60万元用于甲村道路建设。", "60万元", "2019")]
    [InlineData("現將2019年扶貧資金項目計劃下達如下:\n（1）安排60萬元用於甲村道路建設。", "60萬元", "2019")]
    public void A_decimal_after_a_bracket_is_no_list_items_mark(string text, string money, string? period)
    {
        // (1.5万元: a digit after the mark is a decimal unless a closing bracket is the mark ((二)2022年 above).
        Assert.Equal(period, Number(text, money).Period);
    }
}
