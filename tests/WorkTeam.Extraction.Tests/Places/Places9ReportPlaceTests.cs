using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the ninth places development set (benchmarks/places9: place-dense pages, the Corps,
/// 江西's 吉安 and 赣州, 山西 左权县, 湖南 桂东县, 陕西 镇安县, Taiwan's 臺東; half traditional): a prefecture written short
/// that a district of another province shares (巴州: 巴音郭楞, not 巴中's 巴州区); a natural village written right after its
/// village (树坪村东山村), given the code of a namesake elsewhere; a village the document's county lacks coded from its
/// province (丈八村 of another prefecture in a 左权县 page); a county's neighbours named after 东毗, 南接, 北界 and a town
/// after 属, read with the verb; 走村串户 and 争取县 read as places; 巩乃斯河 (a transliterated river name opening with 巩). Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places9ReportPlaceTests
{
    [Theory]
    [InlineData("巩乃斯河发源于伊犁州新源县与巴州和静县的交界处")]
    [InlineData("鞏乃斯河發源於伊犁州新源縣與巴州和靜縣的交界處")]
    public void A_prefecture_written_short_is_the_gazetteers_before_a_district_sharing_the_stem(string text) =>
        Assert.Equal(
            [("巩乃斯河", 0, 4, "other", null, null), ("伊犁州", 7, 10, "prefecture", "6540", null),
             ("新源县", 10, 13, "county", "654025", "伊犁州"), ("巴州", 14, 16, "prefecture", "6528", null),
             ("和静县", 16, 19, "county", "652827", "巴州")],
            PlacesIn(text));

    [Theory]
    [InlineData("笔者在镇安县米粮镇树坪村东山村看到,东山的公路已修好")]
    [InlineData("筆者在鎮安縣米糧鎮樹坪村東山村看到,東山的公路已修好")]
    public void A_village_written_right_after_a_village_is_its_natural_village_without_a_code(string text) =>
        Assert.Equal(
            [("镇安县", 3, 6, "county", "611025", null), ("米粮镇", 6, 9, "township", "611025104", "镇安县"),
             ("树坪村", 9, 12, "village", "611025104221", "米粮镇"), ("东山村", 12, 15, "village", null, null),
             ("东山", 18, 20, "village", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("工作队驻在山西省左权县。丈八村的道路已经硬化。")]
    [InlineData("工作隊駐在山西省左權縣。丈八村的道路已經硬化。")]
    public void A_village_the_documents_county_lacks_is_not_coded_from_its_province(string text) =>
        Assert.Equal(
            [("山西省", 5, 8, "province", "14", null), ("左权县", 8, 11, "county", "140722", "山西省"),
             ("丈八村", 12, 15, "village", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("茶园乡东毗隆坪乡,南接高兴镇,西邻均村乡,北界泰和县")]
    [InlineData("茶園鄉東毗隆坪鄉,南接高興鎮,西鄰均村鄉,北界泰和縣")]
    public void Neighbours_named_after_a_compass_verb_are_read_without_it(string text) =>
        Assert.Equal(
            [("茶园乡", 0, 3, "township", "360732210", null), ("隆坪乡", 5, 8, "township", "360732208", null),
             ("高兴镇", 11, 14, "township", "360732104", null), ("均村乡", 17, 20, "township", "360732209", null),
             ("泰和县", 23, 26, "county", "360826", null)],
            PlacesIn(text));

    [Theory]
    [InlineData("上东村位于桂东县东北部,属沤江镇管辖")]
    [InlineData("上東村位於桂東縣東北部,屬漚江鎮管轄")]
    public void A_town_after_shu_is_read_without_it(string text) =>
        Assert.Equal(
            [("上东村", 0, 3, "village", "431027100225", null), ("桂东县", 5, 8, "county", "431027", null),
             ("沤江镇", 13, 16, "township", "431027100", null)],
            PlacesIn(text));

    [Theory]
    [InlineData("流经新源县,是伊犁河支流。巩乃斯河被当地牧民称为母亲河")]
    [InlineData("流經新源縣,是伊犁河支流。鞏乃斯河被當地牧民稱為母親河")]
    public void A_river_with_a_transliterated_name_opening_with_gong_is_a_place(string text) =>
        Assert.Equal(
            [("新源县", 2, 5, "county", "654025", null), ("伊犁河", 7, 10, "other", null, null),
             ("巩乃斯河", 13, 17, "other", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("要巩固河道治理成果")]
    [InlineData("要鞏固河道治理成果")]
    public void Gong_gu_before_he_dao_names_no_river(string text) => Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("第一书记经常走村串户,争取县相关部门支持")]
    [InlineData("第一書記經常走村串戶,爭取縣相關部門支持")]
    public void Going_from_village_to_village_and_asking_the_county_name_no_place(string text) =>
        Assert.Empty(PlacesIn(text));
}
