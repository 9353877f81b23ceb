using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the sixteenth places development set (benchmarks/places16: code sites' change logs of
/// village committees, a township's flood plan, village-name origin tables, a made-up merger list) and settled with it: the
/// name before a village committee's words is the village (village-committee-words.tsv: 马村村民委员会 → 马村, 孙家庄村民委员会
/// → 孙家庄); villages listed short and closed by 等村 with no count; 命名/故名 open a name (leading-verbs.tsv); a position
/// word before a village name learned earlier stays in the name (village-name-prefixes.tsv: 东赵庄村 after 赵庄村); 县内 is a
/// common noun (place-suffix-followers.tsv). Sentences shortened from the set's pages; spans, levels, codes and parents exact.
/// </summary>
public sealed class Places16ReportPlaceTests
{
    [Theory]
    [InlineData("马村村民委员会 | 2014 | 撤销 |")]
    [InlineData("馬村村民委員會 | 2014 | 撤銷 |")]
    public void A_one_character_stem_and_its_village_suffix_before_the_committee_s_words_is_the_village(string text) =>
        Assert.Equal([("马村", 0, 2, "village", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("南李庄村民委员会 | 2014 | 撤销 |")]
    [InlineData("南李莊村民委員會 | 2014 | 撤銷 |")]
    public void A_name_without_its_suffix_before_the_committee_s_words_is_the_village(string text) =>
        // X村民委员会 gives the village X (places15's 张村村民委员会 → 张村), 庄 the name's own.
        Assert.Equal([("南李庄", 0, 3, "village", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("该村村民委员会召开会议。")]
    [InlineData("該村村民委員會召開會議。")]
    public void An_anaphor_before_the_committee_s_words_is_no_village_of_its_own(string text) =>
        Assert.DoesNotContain(PlacesIn(text), p => p.Name == "该村");

    [Theory]
    [InlineData("涉及仙寓山、红旗岭、洪方、永正等村。")]
    [InlineData("涉及仙寓山、紅旗嶺、洪方、永正等村。")]
    public void Names_listed_short_and_closed_by_deng_and_the_village_suffix_are_villages(string text) =>
        // 涉及 glued to the first name is left out (仙寓山 with 村 is a village the table knows).
        Assert.Equal(
            [("仙寓山", 2, 5, "village", null, null), ("红旗岭", 6, 9, "village", null, null), ("洪方", 10, 12, "village", null, null), ("永正", 13, 15, "village", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("涉及仙寓山、红旗岭、洪方、永正等村民。")]
    [InlineData("会上张建国、李明、王强等村干部发言。")]
    [InlineData("涉及洪方、永正等村。")]
    public void A_list_before_deng_and_villagers_or_of_two_names_is_no_list_of_villages(string text) =>
        Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("因此地有一片凌亂的小土丘,故命名亂山子村。", "乱山子村", 16, 20)]
    [InlineData("因此地有一片凌乱的小土丘,故命名乱山子村。", "乱山子村", 16, 20)]
    public void A_village_named_after_ming_ming_starts_after_the_verb(string text, string name, int start, int end) =>
        Assert.Equal([(name, start, end, "village", null, null)], PlacesIn(text));

    [Fact]
    public void A_position_word_before_a_village_learned_earlier_stays_in_the_name() =>
        Assert.Equal(
            [("赵庄村", 2, 5, "village", null, null), ("王庄村", 6, 9, "village", null, null),
             ("东赵庄村", 14, 18, "village", null, null), ("西赵庄村", 19, 23, "village", null, null), ("赵庄村", 26, 29, "village", null, null)],
            PlacesIn("- 赵庄村与王庄村合并\n- 东赵庄村与西赵庄村合并为赵庄村"));

    [Fact]
    public void A_two_character_word_glued_before_a_village_learned_earlier_is_still_left_out() =>
        // The learned-name rule as it was (尽管恰勒阔德村): only a one-character position word is the name's own.
        Assert.Equal([("赵庄村", 0, 3, "village", null, null), ("赵庄村", 8, 11, "village", null, null)], PlacesIn("赵庄村很远。尽管赵庄村很远"));

    [Theory]
    [InlineData("縣長於勘查縣內災情損害後立即裁示。")]
    [InlineData("造成县内多处农损。")]
    public void A_county_suffix_before_nei_is_the_common_noun(string text) =>
        Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("七堡村民委员会 | 2014 | 撤销 |")]
    [InlineData("七堡村民委員會 | 2014 | 撤銷 |")]
    public void A_name_opening_with_a_numeral_before_the_committee_s_words_is_the_village(string text) =>
        Assert.Equal([("七堡", 0, 2, "village", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("全镇三个村委会已换届。")]
    [InlineData("全鎮三個村委會已換屆。")]
    public void A_count_before_the_committee_s_words_is_no_village(string text) =>
        Assert.DoesNotContain(PlacesIn(text), p => p.Level == "village");

    [Theory]
    [InlineData("境内有主河黄湓河、10平方公里以上支流新华河、同春河、永正河。")]
    [InlineData("境內有主河黃湓河、10平方公里以上支流新華河、同春河、永正河。")]
    public void Three_rivers_listed_by_their_ending_are_rivers(string text) =>
        // The first glued to 支流 (two characters then); 黄湓河 alone before the number is no list.
        Assert.Equal([("新华河", 19, 22, "other", null, null), ("同春河", 23, 26, "other", null, null), ("永正河", 27, 30, "other", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("支流新华河、同春河。")]
    [InlineData("支流新华河、同春河、永正河南岸。")]
    public void Two_rivers_or_an_ending_that_opens_another_word_are_no_list_of_rivers(string text) =>
        Assert.DoesNotContain(PlacesIn(text), p => p.Level == "other");

    [Theory]
    [InlineData("努力打造安全河、生态河、美丽河、幸福河。")]
    [InlineData("努力打造安全河、生態河、美麗河、幸福河。")]
    [InlineData("造福人民的幸福河、美丽河、健康河")]
    [InlineData("清理了臭水河、黑水河、垃圾河等问题河道")]
    [InlineData("清理了臭水河、黑水河、垃圾河等問題河道")]
    public void Rivers_named_by_common_words_in_a_slogan_or_a_list_of_kinds_are_no_rivers(string text) =>
        // A stem the lexicon has as a common word (安全, 幸福, 垃圾) refuses the run; 新华 (a proper noun) does not.
        Assert.Empty(PlacesIn(text));
}
