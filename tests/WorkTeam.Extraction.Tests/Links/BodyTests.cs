using WorkTeam.Extraction.Facts;

using static WorkTeam.Extraction.Tests.Links.LinkedNumbers;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>
/// Links set 9 (issue 16): what a body's name says of a number's place and actor (FactLinker.Bodies, Links/Data/link-words.tsv
/// village-body and settlement, self-nouns.tsv, action 整合); each class in both scripts, exact values.
/// </summary>
public class BodyTests
{
    [Theory]
    [InlineData("由石门镇红旗村村委会领办的合作社有社员85人。", "红旗村")]
    [InlineData("由石門鎮紅旗村村委會領辦的合作社有社員85人。", "红旗村")]
    public void A_villages_own_committee_names_the_village_its_numbers_are_about(string text, string village)
    {
        var count = Number(text, "85人");
        Assert.Equal((village, LinkScope.Clause), (count.Place, count.Scope));
    }

    [Theory]
    [InlineData("七里镇东风村委会上湾自然村村民王明捐资8万元修路。", "8万元")]
    [InlineData("七里鎮東風村委會上灣自然村村民王明捐資8萬元修路。", "8萬元")]
    public void A_committee_before_a_settlements_name_is_an_address_not_an_actor(string text, string money)
    {
        var linked = Number(text, money);
        Assert.Equal(("东风村", (string?)null), (linked.Place, linked.Actor));
    }

    [Theory]
    [InlineData("由石门镇红旗村委会领办的合作社有社员85人。", "红旗村")]
    [InlineData("由石門鎮紅旗村委會領辦的合作社有社員85人。", "红旗村")]
    public void A_committee_sharing_the_villages_village_suffix_is_the_villages_own(string text, string village)
    {
        var count = Number(text, "85人");
        Assert.Equal((village, LinkScope.Clause), (count.Place, count.Scope));
    }

    [Theory]
    [InlineData("县农业局组织各自然村投入资金20万元修路。", "20万元", "县农业局")]
    [InlineData("縣農業局組織各自然村投入資金20萬元修路。", "20萬元", "县农业局")]
    [InlineData("七里镇东风村委会组织各自然村投入资金20万元修路。", "20万元", "七里镇东风村委会")]
    [InlineData("七里鎮東風村委會組織各自然村投入資金20萬元修路。", "20萬元", "七里镇东风村委会")]
    public void A_body_that_acts_on_settlements_is_no_address(string text, string money, string actor)
    {
        Assert.Equal(actor, Number(text, money).Actor);
    }

    [Theory]
    [InlineData("青山村绿源养殖专业合作社成立于2019年。每年合作社投入资金5万元用于购买饲料。", "5万元")]
    [InlineData("青山村綠源養殖專業合作社成立於2019年。每年合作社投入資金5萬元用於購買飼料。", "5萬元")]
    public void A_bodys_bare_kind_noun_opening_a_clause_is_the_one_named_before(string text, string money)
    {
        Assert.Equal("绿源养殖专业合作社", Number(text, money).Actor);
    }

    [Theory]
    [InlineData("青山村绿源养殖专业合作社成立于2019年,红星村丰收果蔬专业合作社成立于2020年。每年合作社投入资金5万元用于购买饲料。", "5万元")]
    [InlineData("青山村綠源養殖專業合作社成立於2019年,紅星村豐收果蔬專業合作社成立於2020年。每年合作社投入資金5萬元用於購買飼料。", "5萬元")]
    public void A_bare_kind_noun_after_two_bodies_of_its_kind_is_none(string text, string money)
    {
        Assert.Null(Number(text, money).Actor);
    }

    [Theory]
    [InlineData("县农业局投入资金20万元,由村委会将其中的30%用于修路。", "20万元", "30%")]
    [InlineData("縣農業局投入資金20萬元,由村委會將其中的30%用於修路。", "20萬元", "30%")]
    public void A_later_clause_opened_by_the_villages_committee_has_no_earlier_bodys_actor(string text, string money, string share)
    {
        Assert.Equal(("县农业局", (string?)null), (Number(text, money).Actor, Number(text, share).Actor));
    }

    [Theory]
    [InlineData("县财政局驻石桥村工作队进驻以来,帮助修路3公里。同时整合资金40万元,建设冷库。", "40万元")]
    [InlineData("縣財政局駐石橋村工作隊進駐以來,幫助修路3公里。同時整合資金40萬元,建設冷庫。", "40萬元")]
    public void Pooling_funds_is_an_action_of_the_subject_handed_on(string text, string money)
    {
        Assert.Equal("县财政局", Number(text, money).Actor);
    }
}
