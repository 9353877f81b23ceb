using WorkTeam.Extraction.Facts;

using static WorkTeam.Extraction.Tests.Links.LinkedNumbers;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>
/// Links sets 11 and 12 (issue 16): a body heading a person's title, a workplace after 到, villages counted in the clause that
/// lists them, a village name with words glued before it, a day that starts a span up to now; the body asked for money after
/// 向 or 协调到, parts listed after 其中：over semicolons, a city giving paired aid (FactLinker.Actors, .Places, .Periods,
/// .Parallels; Links/Data/destinations.tsv, asking.tsv, asking-leads.tsv, link-words.tsv since and donor); each class in both
/// scripts, exact values.
/// </summary>
public class TitleAndSpanTests
{
    [Theory]
    [InlineData("青川县县委书记王建国包扶以来,累计投入资金1.3万元,硬化居室110平方米。", "1.3万元", "110平方米")]
    [InlineData("青川縣縣委書記王建國包扶以來,累計投入資金1.3萬元,硬化居室110平方米。", "1.3萬元", "110平方米")]
    public void A_body_heading_the_title_of_the_person_who_acts_is_no_actor(string text, string money, string area)
    {
        Assert.Equal(((string?)null, (string?)null), (Number(text, money).Actor, Number(text, area).Actor));
    }

    [Theory]
    [InlineData("青川县县委包扶以来,累计投入资金1.3万元。", "1.3万元")]
    [InlineData("青川縣縣委包扶以來,累計投入資金1.3萬元。", "1.3萬元")]
    public void A_body_opening_its_clause_with_no_person_after_it_acts(string text, string money)
    {
        Assert.Equal("青川县县委", Number(text, money).Actor);
    }

    [Theory]
    [InlineData("李强出生于1992年,2016年1月到青川县财政局工作。\n\n全村安装了155盏太阳能路灯;建设26KW光伏基地。", "155盏")]
    [InlineData("李強出生於1992年,2016年1月到青川縣財政局工作。\n\n全村安裝了155盞太陽能路燈;建設26KW光伏基地。", "155盞")]
    public void A_body_someone_goes_to_work_at_is_not_the_pages_acting_body(string text, string lamps)
    {
        Assert.Equal(((string?)null, (string?)null), (Number(text, lamps).Actor, Number(text, "26KW").Actor));
    }

    // 到 as a destination (到某局工作) is not the 到 closing 得到 (receive): the body after 得到 is the giver, no actor by 得到 itself
    // (link-words' not-agent, matched before 到 as the longer word); 到 before a date opens a time phrase, and the body opening the
    // clause after it acts (review of stop 34: a spec of each).
    [Theory]
    [InlineData("2020年得到县财政局投入资金50万元。", "50万元", null)]
    [InlineData("2020年得到縣財政局投入資金50萬元。", "50萬元", null)]
    [InlineData("到2020年底,县财政局投入资金50万元。", "50万元", "县财政局")]
    [InlineData("到2020年底,縣財政局投入資金50萬元。", "50萬元", "县财政局")]
    public void A_body_after_receiving_is_no_actor_and_one_after_a_time_phrase_with_dao_is(string text, string money, string? actor)
    {
        Assert.Equal(actor, Number(text, money).Actor);
    }

    [Theory]
    [InlineData("两年来,五显镇三秀山村、明溪村、后塘村等3个村成立村办企业,共销售农产品近500万元。", "近500万元")]
    [InlineData("兩年來,五顯鎮三秀山村、明溪村、後塘村等3個村成立村辦企業,共銷售農產品近500萬元。", "近500萬元")]
    public void Villages_counted_in_the_clause_that_lists_them_are_what_the_sentences_other_numbers_are_about(string text, string money)
    {
        var sales = Number(text, money);
        Assert.Equal(("五显镇", "350212110", LinkScope.Sentence), (sales.Place, sales.Code, sales.Scope));
    }

    [Theory]
    [InlineData("县交通局投入资金50万元，山阳县县委书记王建国带队捐赠10万元。", "50万元", "10万元")]
    [InlineData("縣交通局投入資金50萬元，山陽縣縣委書記王建國帶隊捐贈10萬元。", "50萬元", "10萬元")]
    public void A_title_heading_body_after_an_earlier_clauses_body_lets_none_of_it_leak(string text, string first, string second)
    {
        // Review 1 item 3: the person (a title of 7 characters) opens the second clause: 县交通局, the first's, is not its actor.
        Assert.Equal(("县交通局", (string?)null), (Number(text, first).Actor, Number(text, second).Actor));
    }

    [Theory]
    [InlineData("青川县位于四川北部。今年，在乔庄镇有3个村完成改造，在木鱼镇有2个村完成改造，为此投入资金200万元。", "200万元", "青川县", LinkScope.Paragraph)]
    [InlineData("青川縣位於四川北部。今年，在喬莊鎮有3個村完成改造，在木魚鎮有2個村完成改造，為此投入資金200萬元。", "200萬元", "青川县", LinkScope.Paragraph)]
    [InlineData("青川县位于四川北部。乔庄镇辖12个村，木鱼镇辖8个村，全年投入资金200万元。", "200万元", "木鱼镇", LinkScope.Sentence)]
    [InlineData("青川縣位於四川北部。喬莊鎮轄12個村，木魚鎮轄8個村，全年投入資金200萬元。", "200萬元", "木鱼镇", LinkScope.Sentence)]
    public void A_clause_counting_places_it_does_not_list_keeps_them(string text, string money, string place, LinkScope scope)
    {
        // Review 1 item 2: 3个村 counts villages, its clause names one town: the counting-clause rule does not free it.
        var spent = Number(text, money);
        Assert.Equal((place, scope), (spent.Place, spent.Scope));
    }

    [Theory]
    [InlineData("近日,河北省旅投在铁城镇黄凡村举行捐赠仪式,筹措资金2万元,进一步夯实黄凡村水利设施。", "2万元")]
    [InlineData("近日,河北省旅投在鐵城鎮黃凡村舉行捐贈儀式,籌措資金2萬元,進一步夯實黃凡村水利設施。", "2萬元")]
    public void A_village_read_with_words_glued_before_it_is_the_same_village(string text, string money)
    {
        var raised = Number(text, money);
        Assert.Equal(("黄凡村", "130928101259", LinkScope.Sentence), (raised.Place, raised.Code, raised.Scope));
    }

    [Theory]
    [InlineData("吴桥县铁城镇黄凡村、河西黄凡村共投入资金20万元。", "20万元")]
    [InlineData("吳橋縣鐵城鎮黃凡村、河西黃凡村共投入資金20萬元。", "20萬元")]
    public void A_village_with_a_place_prefix_is_another_village_not_a_glued_one(string text, string money)
    {
        // Review 1 item 4: only a verb glued before the name (夯实) makes it the same village; 河西 is a prefix of a name.
        Assert.Null(Number(text, money).Place);
    }

    [Theory]
    [InlineData("青川县某村停车场今年2月1日建成营业。2月1日至今,收益有1万元左右。", "1万元左右", "XXXX-02-01")]
    [InlineData("青川縣某村停車場今年2月1日建成營業。2月1日至今,收益有1萬元左右。", "1萬元左右", "XXXX-02-01")]
    [InlineData("青川县某村停车场建成营业。2023年2月1日,投入1万元。", "1万元", null)]
    [InlineData("青川縣某村停車場建成營業。2023年2月1日,投入1萬元。", "1萬元", null)]
    public void A_day_that_starts_a_span_up_to_now_dates_its_money(string text, string money, string? period)
    {
        // A day opening the sentence alone is an event's: the money was raised before it (the one-day rule stays).
        Assert.Equal(period, Number(text, money).Period);
    }

    [Theory]
    [InlineData("杨宏辉向中江县水利局争取到5万元项目资金,整治塘堰。", "5万元", "中江县水利局")]
    [InlineData("楊宏輝向中江縣水利局爭取到5萬元項目資金,整治塘堰。", "5萬元", "中江县水利局")]
    [InlineData("终于协调到广西协力基金会的20万元资金,修建道路。", "20万元", "广西协力基金会")]
    [InlineData("終於協調到廣西協力基金會的20萬元資金,修建道路。", "20萬元", "广西协力基金会")]
    [InlineData("工作队协调到县农业局资金5万元,修建道路。", "5万元", "县农业局")]
    [InlineData("工作隊協調到縣農業局資金5萬元,修建道路。", "5萬元", "县农业局")]
    [InlineData("村委会向县水利局争取到5万元,又从县交通局争取到3万元,修建塘堰。", "3万元", "县交通局")]
    [InlineData("村委會向縣水利局爭取到5萬元,又從縣交通局爭取到3萬元,修建塘堰。", "3萬元", "县交通局")]
    public void The_body_asked_for_money_is_its_actor_after_xiang_or_after_xietiaodao(string text, string money, string actor)
    {
        // Links set 12 (a04, a01): 向X争取到 and 协调到X: X gives the money, as 争取到X did (asking.tsv, asking-leads.tsv).
        Assert.Equal(actor, Number(text, money).Actor);
    }

    [Theory]
    [InlineData("驻村工作队将15名贫困学生协调到县第一中学就读,自筹资金为每人发放助学金500元。", "500元")]
    [InlineData("駐村工作隊將15名貧困學生協調到縣第一中學就讀,自籌資金為每人發放助學金500元。", "500元")]
    [InlineData("把患病老人协调到镇卫生院住院,报销医疗费1.2万元。", "1.2万元")]
    [InlineData("把患病老人協調到鎮衛生院住院,報銷醫療費1.2萬元。", "1.2萬元")]
    [InlineData("该村为县医院争取到资金50万元。", "50万元")]
    [InlineData("該村為縣醫院爭取到資金50萬元。", "50萬元")]
    public void A_body_someone_is_placed_in_or_gets_money_for_does_not_give_it(string text, string money)
    {
        // Review s35 #4: 协调到 X gives only when the money follows X (asking.tsv arrange: 的 + the money, or a money-noun);
        // 为 X 争取到: X gets the money (asking-leads.tsv has no 为).
        Assert.Null(Number(text, money).Actor);
    }

    [Theory]
    [InlineData("村委会向县水利局争取到5万元,村集体自筹3万元,修建塘堰。", "5万元", "3万元")]
    [InlineData("村委會向縣水利局爭取到5萬元,村集體自籌3萬元,修建塘堰。", "5萬元", "3萬元")]
    public void A_later_clause_that_raises_its_own_money_is_not_the_asked_bodys(string text, string asked, string own)
    {
        // Review s35 #4: 自筹 (asking.tsv own) in a later clause's lead: the body asked before gives none of that clause's money.
        Assert.Equal(("县水利局", (string?)null), (Number(text, asked).Actor, Number(text, own).Actor));
    }

    [Theory]
    [InlineData("该村2006年农村经济总收入32.5万元,其中:种植业收入13.5万元;畜牧业收入4.8万元,占总收入的14.77%。农民人均纯收入1350元。", "4.8万元", "14.77%", "1350元")]
    [InlineData("該村2006年農村經濟總收入32.5萬元,其中:種植業收入13.5萬元;畜牧業收入4.8萬元,占總收入的14.77%。農民人均純收入1350元。", "4.8萬元", "14.77%", "1350元")]
    public void Parts_listed_after_qizhong_and_a_colon_keep_the_totals_year_over_semicolons(string text, string part, string share, string after)
    {
        // Links set 12 (b04): 其中: opens a list that runs over the statements after it; the next sentence is not in it.
        Assert.Equal(("2006", "2006"), (Number(text, part).Period, Number(text, share).Period));
        Assert.Null(Number(text, after).Period);
        // Without the colon the statement after the semicolon is not read as a part.
        Assert.Null(Number(text.Replace(":", ""), part).Period);
    }

    [Theory]
    [InlineData("该村2019年集体经济收入30万元,其中:光伏收益20万元;目前全村人均纯收入达到1.2万元。", "20万元", "1.2万元")]
    [InlineData("該村2019年集體經濟收入30萬元,其中:光伏收益20萬元;目前全村人均純收入達到1.2萬元。", "20萬元", "1.2萬元")]
    [InlineData("该村2019年集体经济收入30万元,其中:种植业13.5万元;累计投入帮扶资金300万元。", "13.5万元", "300万元")]
    [InlineData("該村2019年集體經濟收入30萬元,其中:種植業13.5萬元;累計投入幫扶資金300萬元。", "13.5萬元", "300萬元")]
    public void A_now_or_cumulative_word_after_a_qizhong_list_leaves_the_totals_year(string text, string part, string after)
    {
        // Review s35 #7: 目前 / 累计 before the number outranks the list's period, as they outrank the paragraph's.
        Assert.Equal(("2019", (string?)null), (Number(text, part).Period, Number(text, after).Period));
    }

    [Theory]
    [InlineData("大湾村发展茶叶产业,上海对口援建项目建设85万元。", "85万元")]
    [InlineData("大灣村發展茶葉產業,上海對口援建項目建設85萬元。", "85萬元")]
    public void A_city_that_gives_paired_aid_is_not_the_place_of_the_money(string text, string money)
    {
        // Links set 12 (a02): 对口援建 after a place makes it the giver (link-words donor), as 对口帮扶 did.
        var built = Number(text, money);
        Assert.Equal(("大湾村", LinkScope.Sentence), (built.Place, built.Scope));
    }

    [Theory]
    [InlineData("2019年,疏附县对口援建项目完成投资3.2亿元。", "3.2亿元")]
    [InlineData("2019年,疏附縣對口援建項目完成投資3.2億元。", "3.2億元")]
    public void A_place_before_duikou_yuanjian_is_read_as_the_giver_even_when_it_receives(string text, string money)
    {
        // Review s35 #17, the trade-off kept: 对口援建 after a place makes it the donor (link-words donor, as 对口支援), also in
        // "X县对口援建项目" where X receives; a rule "donor only when a second place follows" would lose 上海对口援建 above,
        // whose receiving village stands before it. The money has no place here, and its year stays.
        var built = Number(text, money);
        Assert.Equal(((string?)null, (LinkScope?)null, "2019"), (built.Place, built.Scope, built.Period));
    }
}
