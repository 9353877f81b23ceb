using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Places the suffix grammar alone missed and the division table confirms (a stem holding 州 or 为, a
/// one-character stem beside its parent or child, a township right after its county), numbered Corps units
/// in chains, and the guards that keep words out (海滨城市 is no 滨城区, 解放区 no district).
/// </summary>
public sealed class TableRecognitionTests
{
    private static readonly EntityExtractor Extractor = new();

    private static List<(string Name, int Start, string Level, string? Code, string? Parent)> Places(string text) =>
        [.. Extractor.Extract(text, FactKinds.Place).Select(f => (f.Name!, f.Start, Gazetteer.LevelName(f.Level!.Value), f.Code, f.Parent))];

    [Fact]
    public void A_county_whose_stem_holds_a_suffix_character_and_its_township_resolve()
    {
        // 泽州 holds 州, and 柳树口镇 follows the county without a locative word.
        Assert.Equal(
            [("泽州县", 4, "county", "140525", null), ("柳树口镇", 7, "township", "140525112", "泽州县")],
            Places("结对帮扶泽州县柳树口镇大井头村"[..11]));
        Assert.Equal(
            [("泽州县", 0, "county", "140525", null), ("柳树口镇", 3, "township", "140525112", "泽州县")],
            Places("澤州縣柳樹口鎮東北部"));
    }

    [Fact]
    public void One_character_stems_count_beside_a_place_the_table_puts_inside_or_around_them()
    {
        Assert.Equal(
            [("和县", 0, "county", "340523", null), ("西埠镇", 2, "township", "340523105", "和县"), ("腰埠村", 5, "village", "340523105203", "西埠镇")],
            Places("和县西埠镇腰埠村扶贫工作队驻村以来"));
        Assert.Equal(
            [("卫庄镇", 2, "township", "140826103", null), ("下村", 5, "village", "140826103211", "卫庄镇")],
            Places("深入卫庄镇下村，对40户"));
        // Alone, 下村 is "go to the village".
        Assert.Empty(Places("干部下村入户"));
    }

    [Fact]
    public void A_county_level_city_whose_stem_holds_a_function_word_resolves_with_its_chain()
    {
        Assert.Equal(
            [("无为市", 2, "county", "340281", null), ("蜀山镇", 5, "township", "340281108", "无为市"), ("关河村", 13, "village", "340281108211", null)],
            Places("位于无为市蜀山镇西北边陲的关河村"));
    }

    [Fact]
    public void Words_that_end_like_a_unit_of_the_table_stay_words()
    {
        // 滨城区 exists, but a name the table lacks is not read as renamed where the table is the only evidence.
        Assert.Equal([("以色列", 0, "country", null, null), ("内坦亚", 7, "other", null, null)], Places("以色列海滨城市内坦亚发生汽车爆炸"));
        Assert.Empty(Places("各解放区的报社"));
    }

    [Fact]
    public void Numbered_Corps_units_form_chains_and_are_found_again()
    {
        Assert.Equal(
            [("一师", 4, "prefecture", null, null), ("二团", 6, "township", null, "一师"), ("二十二连", 8, "village", null, "二团"),
             ("二十二连", 16, "village", null, null), ("二团", 24, "township", null, null)],
            Places("记者来到一师二团二十二连办公室。二十二连职工说，二团党委积极申请。"));
        // Arabic digits, and inline pinyin between two members.
        Assert.Equal(
            [("第三师", 4, "prefecture", null, null), ("51团", 7, "township", null, "第三师"), ("6连", 16, "village", null, "51团")],
            Places("发改委驻第三师51团(tuán)6连工作队"));
        Assert.Equal(
            [("伽师总场", 1, "township", null, null), ("九连", 5, "village", null, "伽师总场")],
            Places("驻伽师总场九连工作队"));
    }

    [Fact]
    public void A_province_named_short_gets_its_code()
    {
        Assert.Equal([("安徽", 2, "province", "34", null)], Places("来到安徽，"));
    }

    [Fact]
    public void A_pair_unique_in_the_table_resolves_though_each_name_is_shared()
    {
        // Three 石潭镇 in the list; only the one in 清远市清新区 has a 东联村.
        Assert.Equal(
            [("石潭镇", 4, "township", "441803118", null), ("东联村", 7, "village", "441803118204", "石潭镇")],
            Places("市府办驻石潭镇东联村工作组"));
    }

    [Fact]
    public void A_county_written_without_its_ending_counts_where_the_document_names_a_place_inside_it()
    {
        // 大河坝镇 is in 佛坪县 (and nowhere else): 佛坪 before it is the county, and singles the township out.
        Assert.Equal(
            [("佛坪", 2, "county", "610730", null), ("大河坝镇", 13, "township", "610730102", null), ("三河口村", 17, "village", "610730102202", "大河坝镇")],
            Places("成了佛坪脱贫攻坚的选择。在大河坝镇三河口村，"));
        // Without such a place, a county's stem stays a word.
        Assert.Empty(Places("成了佛坪脱贫攻坚的选择。"));
    }

    [Fact]
    public void A_village_named_again_by_its_stem_takes_the_unit_of_its_full_name()
    {
        Assert.Equal(
            [("无为市", 2, "county", "340281", null), ("蜀山镇", 5, "township", "340281108", "无为市"), ("关河村", 8, "village", "340281108211", "蜀山镇"),
             ("关河", 17, "village", "340281108211", null)],
            Places("位于无为市蜀山镇关河村。如今又成为关河答好乡村振兴的样板。"));
        // Inside a word (不少关河人 reads 少关河) the stem is not taken.
        Assert.Equal(["无为市", "蜀山镇", "关河村"], Places("无为市蜀山镇关河村。不少关河人说。").Select(p => p.Name));
    }
}
