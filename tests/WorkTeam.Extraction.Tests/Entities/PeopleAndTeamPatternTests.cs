using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>
/// Each way reports name a person or send a work team (issue 16), in both scripts, with exact spans and values:
/// a person as <c>text [start,end) name role</c>, a team as <c>text [start,end) sender station code</c>.
/// </summary>
public sealed class PeopleAndTeamPatternTests
{
    private static string[] People(string text) =>
    [
        .. EntitySpec.Extractor.Extract(text, FactKinds.Person)
            .Select(f => $"{f.Text} [{f.Start},{f.End}) {f.Name} {f.Subject ?? "-"}"),
    ];

    /// <summary>People as the whole report reading finds them (the document layer around the entity extractor).</summary>
    private static string[] ReportPeople(string text) =>
    [
        .. ReportAnalyzer.Default.Extract(text, kinds: FactKinds.Person).Select(f => $"{f.Text} [{f.Start},{f.End}) {f.Subject ?? "-"}"),
    ];

    private static string[] Teams(string text) =>
    [
        .. EntitySpec.Extractor.Extract(text, FactKinds.Team)
            .Select(f => $"{f.Text} [{f.Start},{f.End}) {f.Name} {f.Station} {f.Code ?? "-"}"),
    ];

    [Fact]
    public void A_credit_line_gives_each_name_with_its_label()
    {
        Assert.Equal(
            ["吕游 [12,14) 吕游 记者", "薛建英 [19,22) 薛建英 通讯员", "李文龙 [23,26) 李文龙 通讯员"],
            People("运城1月25日讯(记者 吕游 通讯员 薛建英 李文龙)1月23日,绛县召开会议。"));
    }

    [Fact]
    public void A_label_written_with_blanks_and_a_name_set_apart_for_alignment_are_read_whole()
    {
        Assert.Equal(
            ["马 瑞 [6,9) 马瑞 通讯员", "朱小丽 [10,13) 朱小丽 通讯员", "周婷婷 [18,21) 周婷婷 编辑"],
            People("通 讯 员:马 瑞 朱小丽\n编 辑:周婷婷"));
    }

    [Fact]
    public void A_longer_label_wins_over_the_label_it_ends_with()
    {
        Assert.Equal(["周婷婷 [4,7) 周婷婷 编辑", "孔德华 [13,16) 孔德华 责任编辑"], People("编 辑:周婷婷\n责任编辑:孔德华\n"));
    }

    [Fact]
    public void A_credit_line_at_the_top_of_a_page_gives_the_reporter()
    {
        Assert.Equal(["毛红平 [4,7) 毛红平 通讯员"], People("通讯员 毛红平\n在红安县七里坪镇柏林寺村。"));
    }

    [Fact]
    public void Traditional_reporters_in_brackets_after_a_dateline_are_people_even_where_a_name_begins_with_a_river()
    {
        Assert.Equal(
            ["黃河江 [7,10) 黄河江 -", "鄧莉萍 [11,14) 邓莉萍 -", "黃驍 [15,17) 黄骁 -"],
            People("儀隴新聞網訊(黃河江 鄧莉萍 黃驍)“哎呀!你們好。”"));
    }

    [Fact]
    public void Prose_after_a_reporter_label_is_no_credit_line()
    {
        Assert.Equal(["谢发贵 [9,12) 谢发贵 -"], People("记者见到了66岁的谢发贵。他刚从地里赶来。"));
    }

    [Fact]
    public void A_traditional_name_after_an_age_is_a_person()
    {
        Assert.Equal(["張麗 [4,6) 张丽 -"], People("52歲的張麗說，今年收成好。"));
    }

    [Fact]
    public void A_name_opening_a_clause_before_a_verb_of_speaking_is_a_person_and_a_word_is_not()
    {
        Assert.Equal(["韩拥军 [0,3) 韩拥军 -"], People("韩拥军说:“这个堰塘淤泥多。”"));
        Assert.Empty(People("高兴地说:“好。”"));
    }

    [Fact]
    public void A_role_with_a_blank_before_the_name_still_gives_the_role()
    {
        Assert.Equal(["刘峥 [21,23) 刘峥 工作队队长"], People("师市驻六运湖农场一连“访惠聚”工作队队长 刘峥:“结合党史教育。”"));
    }

    [Fact]
    public void A_title_after_the_name_gives_a_person_in_both_scripts()
    {
        Assert.Equal(["刘文 [0,2) 刘文 书记", "劉文 [11,13) 刘文 书记"], People("刘文书记带领大家修路。劉文書記帶領大家修路。"));
    }

    [Fact]
    public void A_traditional_first_secretary_named_again_is_found_every_time()
    {
        Assert.Equal(["劉文 [4,6) 刘文 第一书记", "劉文 [11,13) 刘文 -"], People("第一書記劉文走訪農戶。劉文說，村裡變了。"));
    }

    [Fact]
    public void A_name_after_a_role_may_end_where_a_word_of_the_dictionary_begins()
    {
        Assert.Equal(["郝柏树 [3,6) 郝柏树 贫困户", "张小女 [13,16) 张小女 -"], People("贫困户郝柏树患有脑梗,配偶张小女膝盖骨变形坏死。"));
    }

    [Fact]
    public void A_given_name_ending_in_a_function_character_stays_whole_before_a_verb_of_speaking()
    {
        Assert.Equal(["王汉全 [9,12) 王汉全 书记、政委"], People("二团党委书记、政委王汉全说。"));
    }

    [Fact]
    public void A_noun_before_a_transliterated_name_is_not_part_of_it()
    {
        Assert.Equal(["阿依古丽·买买提 [3,11) 阿依古丽·买买提 -"], People("大学生阿依古丽·买买提回到村里。"));
    }

    [Fact]
    public void A_name_does_not_swallow_the_adverb_after_it()
    {
        Assert.Equal(["王强 [2,4) 王强 村民"], People("村民王强很高兴。"));
    }

    [Fact]
    public void A_name_after_an_occupation_is_a_person()
    {
        Assert.Equal(["李建新 [5,8) 李建新 民警"], People("派出所民警李建新赶到现场。"));
    }

    [Fact]
    public void A_transliterated_name_after_a_role_runs_to_the_verb_of_speaking()
    {
        Assert.Equal(["艾力图地 [2,6) 艾力图地 村民"], People("村民艾力图地说:“自从来了工作队。”"));
    }

    [Fact]
    public void A_verb_after_a_role_is_no_name()
    {
        Assert.Empty(People("可以帮助村民提高收入。"));
    }

    [Fact]
    public void A_verb_before_a_dotted_name_is_not_part_of_it_and_a_non_transliteration_character_inside_is()
    {
        Assert.Equal(["艾买尔·托合提 [4,11) 艾买尔·托合提 -"], People("认真填写艾买尔·托合提家中的基本情况。"));
        Assert.Equal(["阿不力米提·卡德尔 [2,11) 阿不力米提·卡德尔 队长"], People("队长阿不力米提·卡德尔说。"));
    }

    [Fact]
    public void A_traditional_given_name_with_a_function_character_is_whole_and_found_again()
    {
        Assert.Equal(["李之煒 [4,7) 李之炜 第一书记", "李之煒 [14,17) 李之炜 -"], People("第一書記李之煒。來村里之前,李之煒是副科長。"));
    }

    [Fact]
    public void A_surname_before_a_role_is_no_name()
    {
        Assert.Empty(People("成立由中心副主任任隊長的駐村幫扶工作隊。"));
    }

    [Fact]
    public void Occupations_and_the_lifted_out_of_poverty_are_roles_before_a_name()
    {
        Assert.Equal(
            ["卓华 [9,11) 卓华 总会计师", "黄沐云 [17,20) 黄沐云 脱贫户", "黄沐云 [25,28) 黄沐云 -"],
            People("黄龙滩电厂总会计师卓华带队。脱贫户黄沐云告诉记者。黄沐云家里养牛。"));
    }

    [Fact]
    public void A_reporter_credited_in_brackets_closing_a_paragraph_is_a_person_and_a_caption_in_brackets_is_not()
    {
        Assert.Equal(["李雪松 [16,19) 李雪松 -"], People("为下一步开展帮扶工作奠定基础。(李雪松)\n"));
        Assert.Empty(People("队长在村民家(右一)下厨做饭。"));
    }

    [Fact]
    public void A_reporter_after_the_unit_in_a_credit_is_a_person()
    {
        Assert.Equal(["文怀科 [19,22) 文怀科 通讯员"], People("清风网讯:(通讯员 沙雅县政协办公室 文怀科)1月31日,工作队入驻。"));
    }

    [Fact]
    public void The_people_a_byline_credits_are_people_though_the_byline_is_no_body()
    {
        var facts = ReportAnalyzer.Default.Extract(Document.FromText("村里的道路修好了,村民们都很高兴。\n\n记者 李坤晟 黄书波\n编辑:周婷婷\n"));
        Assert.Equal(
            ["李坤晟 [22,25) 李坤晟", "黄书波 [26,29) 黄书波", "周婷婷 [33,36) 周婷婷"],
            facts.Where(f => f.Kind == FactKinds.Person).Select(f => $"{f.Text} [{f.Start},{f.End}) {f.Name}"));
        // Found through inline pinyin too, the span in the document's text.
        var pinyin = ReportAnalyzer.Default.Extract(Document.FromText("村里的道路修好了,村民们都很高兴。\n\n记者 李坤(kūn)晟\n"));
        Assert.Equal(["李坤(kūn)晟 [22,30) 李坤晟"], pinyin.Where(f => f.Kind == FactKinds.Person).Select(f => $"{f.Text} [{f.Start},{f.End}) {f.Name}"));
    }

    [Fact]
    public void A_traditional_name_before_the_home_it_owns_is_a_person()
    {
        Assert.Equal(["唐玉芳 [6,9) 唐玉芳 -", "唐玉芳 [15,18) 唐玉芳 -"], People("走到獨居老人唐玉芳家的果園時,唐玉芳老人正在摘杏。"));
    }

    [Fact]
    public void A_self_introduction_names_a_person()
    {
        Assert.Equal(["顾尚雍 [2,5) 顾尚雍 -"], People("我叫顾尚雍,赫章县结构乡多魁村驻村干部。"));
    }

    [Fact]
    public void A_work_group_leader_is_a_role()
    {
        Assert.Equal(["黄滨 [7,9) 黄滨 组长"], People("驻村工作组组长黄滨告诉记者。"));
    }

    [Fact]
    public void Reporters_in_brackets_after_a_wire_dateline_are_people()
    {
        Assert.Equal(["任欢乐 [13,16) 任欢乐 -", "钟雪琴 [17,20) 钟雪琴 -"], People("中新网新疆新闻7月4日电(任欢乐 钟雪琴)眼下正值杏子成熟季节。"));
    }

    [Fact]
    public void An_idiom_after_a_role_is_no_name()
    {
        Assert.Empty(People("村民代表及各部门负责人齐聚一堂。"));
    }

    [Fact]
    public void A_word_before_a_dotted_name_is_not_part_of_it()
    {
        Assert.Equal(["哈拉提·呼沙英 [2,9) 哈拉提·呼沙英 -"], People("原来哈拉提·呼沙英家中缺少劳力。"));
    }

    [Fact]
    public void A_sender_named_again_with_no_station_is_no_second_team()
    {
        Assert.Equal(
            ["中国石化华中分公司驻张石河村工作队 [0,17) 中国石化华中分公司 张石河村 421122101242"],
            Teams("中国石化华中分公司驻张石河村工作队来了。在中国石化华中分公司驻工作队的帮扶下,村里变了。"));
    }

    [Fact]
    public void A_user_name_credited_as_an_author_is_no_person_and_a_reporter_is()
    {
        Assert.False(WorkTeam.Extraction.Entities.PersonRecognizer.LooksLikeHanName("枯树临风"));
        Assert.False(WorkTeam.Extraction.Entities.PersonRecognizer.LooksLikeHanName("农民是天"));
        Assert.True(WorkTeam.Extraction.Entities.PersonRecognizer.LooksLikeHanName("李坤晟"));
        Assert.True(WorkTeam.Extraction.Entities.PersonRecognizer.LooksLikeHanName("马瑞"));
    }

    [Fact]
    public void A_station_before_the_team_word_resolves_to_its_code()
    {
        Assert.Equal(
            ["人行乌鲁木齐中心支行驻劳光村工作队 [0,17) 人行乌鲁木齐中心支行 劳光村 653227201200"],
            Teams("人行乌鲁木齐中心支行驻劳光村工作队开展活动。"));
    }

    [Fact]
    public void A_traditional_Corps_company_is_a_station_with_its_chain()
    {
        Assert.Equal(
            ["兵團發改委駐第三師51團6連工作隊 [0,17) 兵团发改委 第三师51团6连 -"],
            Teams("兵團發改委駐第三師51團6連工作隊隊長石國強說。"));
    }

    [Fact]
    public void Companies_named_by_numerals_and_numbered_villages_are_stations()
    {
        Assert.Equal(
            ["八师一四七团驻十二连工作队 [0,13) 八师一四七团 十二连 -", "第一师阿拉尔市驻新村3村工作队 [14,29) 第一师阿拉尔市 新村3村 -"],
            Teams("八师一四七团驻十二连工作队和第一师阿拉尔市驻新村3村工作队都来了。"));
    }

    [Fact]
    public void A_numbered_village_after_its_county_and_township_is_the_station()
    {
        Assert.Equal(
            ["自治区财政厅驻洛浦县杭桂乡新村3村工作队 [0,20) 自治区财政厅 新村3村 -"],
            Teams("自治区财政厅驻洛浦县杭桂乡新村3村工作队投入资金20万元。"));
    }

    [Fact]
    public void A_filler_after_the_sender_and_a_verb_of_going_after_the_team_word_name_the_station()
    {
        Assert.Equal(["县财政局精准扶贫驻村工作队 [0,13) 县财政局 李家村 -"], Teams("县财政局精准扶贫驻村工作队自入驻李家村以来,修建道路。"));
        Assert.Equal(
            ["辽宁省发展改革委驻村工作队 [5,18) 辽宁省发展改革委 东沟村 211324111202"],
            Teams("去年7月,辽宁省发展改革委驻村工作队3名队员奔赴喀喇沁左翼蒙古族自治县羊角沟镇东沟村。"));
    }

    [Fact]
    public void A_joint_team_sent_to_a_village_named_before_has_the_sender_next_to_the_verb()
    {
        // 该村 is 井子村 of 河伯乡 (邵阳县), one unit: the station read through the anaphor takes its antecedent's code.
        Assert.Equal(
            ["县新华书店联合派出工作队 [20,32) 县新华书店 井子村 430523205215"],
            Teams("河伯乡井子村是贫困村。4月初,县人防办、县新华书店联合派出工作队来到该村开展驻村帮扶。"));
    }

    [Fact]
    public void A_newspaper_office_and_a_grid_company_across_a_region_are_senders()
    {
        Assert.Equal(
            ["湖南日报社驻安化县仙溪镇大溪村帮扶工作队 [0,20) 湖南日报社 大溪村 430923103253"],
            Teams("湖南日报社驻安化县仙溪镇大溪村帮扶工作队接过接力棒。"));
        Assert.Equal(
            ["国家电网冀北唐山玉田电力公司向宋庄村派出工作队 [8,31) 国家电网冀北唐山玉田电力公司 宋庄村 130229109251"],
            Teams("2012年2月,国家电网冀北唐山玉田电力公司向宋庄村派出工作队驻村帮扶。"));
    }

    [Fact]
    public void A_station_joined_to_the_team_word_by_de_is_the_station()
    {
        Assert.Equal(
            ["第十师北屯市派驻一八八团一连的“访惠聚”工作队 [0,23) 第十师北屯市 一八八团一连 -"],
            Teams("第十师北屯市派驻一八八团一连的“访惠聚”工作队组织职工学习。"));
    }

    [Fact]
    public void A_traditional_team_sent_down_to_a_village_has_the_village_as_station()
    {
        Assert.Equal(["縣委辦下派到瓦店子村駐村幫扶工作隊 [0,17) 县委办 瓦店子村 -"], Teams("縣委辦下派到瓦店子村駐村幫扶工作隊來到該村。"));
    }

    [Fact]
    public void Teams_sent_to_several_villages_give_one_team_per_village()
    {
        Assert.Equal(
            [
                "自治区人社厅选派3个工作队 [0,13) 自治区人社厅 劳光村 653227201200",
                "自治区人社厅选派3个工作队 [0,13) 自治区人社厅 英吾斯塘村 653227201202",
                "自治区人社厅选派3个工作队 [0,13) 自治区人社厅 阿奇玛村 653227201204",
            ],
            Teams("自治区人社厅选派3个工作队分赴民丰县若克雅乡劳光村、英吾斯塘村、阿奇玛村。"));
    }

    [Fact]
    public void Teams_sent_with_an_adverb_before_the_verbs_give_one_team_per_village()
    {
        Assert.Equal(
            [
                "自治区人社厅共选派3支工作队 [0,14) 自治区人社厅 劳光村 653227201200",
                "自治区人社厅共选派3支工作队 [0,14) 自治区人社厅 英吾斯塘村 653227201202",
                "自治区人社厅共选派3支工作队 [0,14) 自治区人社厅 阿奇玛村 653227201204",
            ],
            Teams("自治区人社厅共选派3支工作队，分别进驻民丰县若克雅乡劳光村、英吾斯塘村、阿奇玛村。"));
        Assert.Equal(
            [
                "自治區人社廳共選派3支工作隊 [0,14) 自治区人社厅 劳光村 653227201200",
                "自治區人社廳共選派3支工作隊 [0,14) 自治区人社厅 英吾斯塘村 653227201202",
                "自治區人社廳共選派3支工作隊 [0,14) 自治区人社厅 阿奇玛村 653227201204",
            ],
            Teams("自治區人社廳共選派3支工作隊，分別進駐民豐縣若克雅鄉勞光村、英吾斯塘村、阿奇瑪村。"));
    }

    [Fact]
    public void Teams_sent_each_to_a_village_by_a_near_verb_after_an_adverb_give_one_team_per_village()
    {
        Assert.Equal(
            ["县财政局选派2个工作队 [0,11) 县财政局 李家村 -", "县财政局选派2个工作队 [0,11) 县财政局 王家村 -"],
            Teams("县财政局选派2个工作队分别到李家村、王家村开展帮扶。"));
        Assert.Equal(
            ["縣財政局選派2個工作隊 [0,11) 县财政局 李家村 -", "縣財政局選派2個工作隊 [0,11) 县财政局 王家村 -"],
            Teams("縣財政局選派2個工作隊分別到李家村、王家村開展幫扶。"));
    }

    [Fact]
    public void Teams_sent_to_villages_of_two_townships_come_in_the_order_of_their_villages()
    {
        Assert.Equal(
            ["县财政局派出两个驻村工作队 [0,13) 县财政局 李家村 -", "县财政局派出两个驻村工作队 [0,13) 县财政局 王家村 -"],
            Teams("县财政局派出两个驻村工作队，分赴石门乡李家村和白沙乡王家村。"));
        Assert.Equal(
            ["縣財政局派出兩個駐村工作隊 [0,13) 县财政局 李家村 -", "縣財政局派出兩個駐村工作隊 [0,13) 县财政局 王家村 -"],
            Teams("縣財政局派出兩個駐村工作隊，分赴石門鄉李家村和白沙鄉王家村。"));
    }

    [Fact]
    public void Teams_sent_to_every_township_or_village_of_a_county_name_no_station()
    {
        Assert.Empty(Teams("县委组织部选派12个工作队分赴各乡镇。"));
        Assert.Empty(Teams("县委组织部共选派12个工作队，分别进驻全县各村。"));
        Assert.Empty(Teams("縣委組織部選派12個工作隊分赴全縣各村。"));
    }

    [Fact]
    public void A_bare_sender_after_a_joiner_that_follows_another_team_sends_its_own_team()
    {
        Assert.Equal(
            ["兵团驻皮山农场三连工作队 [0,12) 兵团 皮山农场三连 -", "自治区驻皮山县科克铁热克乡阿热买里村工作队 [13,34) 自治区 阿热买里村 653223106220"],
            Teams("兵团驻皮山农场三连工作队与自治区驻皮山县科克铁热克乡阿热买里村工作队结对共建。"));
        Assert.Equal(
            ["兵團駐皮山農場三連工作隊 [0,12) 兵团 皮山农场三连 -", "自治區駐皮山縣科克鐵熱克鄉阿熱買里村工作隊 [13,34) 自治区 阿热买里村 653223106220"],
            Teams("兵團駐皮山農場三連工作隊與自治區駐皮山縣科克鐵熱克鄉阿熱買里村工作隊結對共建。"));
    }

    [Fact]
    public void A_traditional_team_sent_out_takes_the_station_it_moves_into()
    {
        Assert.Equal(
            ["自治區黨委組織部派出工作隊 [0,13) 自治区党委组织部 劳光村 653227201200"],
            Teams("自治區黨委組織部派出工作隊入駐民豐縣若克雅鄉勞光村。"));
    }

    [Fact]
    public void A_date_between_the_sender_and_its_verb_leaves_the_sender()
    {
        Assert.Equal(["县财政局2019年派出工作队 [0,14) 县财政局 劳光村 653227201200"], Teams("县财政局2019年派出工作队进驻民丰县若克雅乡劳光村。"));
        Assert.Equal(["縣財政局於2019年3月派駐民豐縣若克雅鄉勞光村工作隊 [0,27) 县财政局 劳光村 653227201200"], Teams("縣財政局於2019年3月派駐民豐縣若克雅鄉勞光村工作隊修了路。"));
        Assert.Equal(["县财政局今年派出工作队 [0,11) 县财政局 劳光村 653227201200"], Teams("县财政局今年派出工作队进驻民丰县若克雅乡劳光村。"));
        Assert.Empty(Teams("2019年派出工作队进驻民丰县若克雅乡劳光村。"));
    }

    [Fact]
    public void A_village_that_receives_a_team_with_no_station_named_is_its_station()
    {
        Assert.Equal(["县财政局驻村工作队 [13,22) 县财政局 劳光村 653227201200"], Teams("民丰县若克雅乡劳光村迎来了县财政局驻村工作队。"));
        Assert.Equal(["縣財政局駐村工作隊 [13,22) 县财政局 劳光村 653227201200"], Teams("民豐縣若克雅鄉勞光村迎來了縣財政局駐村工作隊。"));
    }

    [Fact]
    public void A_village_that_received_a_team_sent_by_a_body_in_a_relative_clause_is_its_station()
    {
        Assert.Equal(["县财政局派驻的扶贫工作队 [16,28) 县财政局 劳光村 653227201200"], Teams("民丰县若克雅乡劳光村来了第一个由县财政局派驻的扶贫工作队。"));
        Assert.Equal(["縣財政局派駐的扶貧工作隊 [16,28) 县财政局 劳光村 653227201200"], Teams("民豐縣若克雅鄉勞光村來了第一個由縣財政局派駐的扶貧工作隊。"));
    }

    [Fact]
    public void A_receive_verb_names_a_station_only_with_a_place_right_before_it_and_the_sender_right_after_it()
    {
        Assert.Empty(Teams("村民迎来了县财政局驻村工作队。"));
        Assert.Empty(Teams("劳光村迎来了丰收,县财政局驻村工作队很高兴。"));
        Assert.Empty(Teams("劳光村来了县长,县财政局驻村工作队陪同。"));
        Assert.Empty(Teams("新疆迎来了县财政局驻村工作队。"));
    }

    [Fact]
    public void A_village_that_receives_a_team_come_to_visit_or_inspect_it_is_not_its_station()
    {
        // team-visit-words.tsv: the team came to see, learn from or inspect the village, stationed elsewhere.
        Assert.Empty(Teams("3月5日，李家村迎来了县财政局驻村工作队一行参观学习。"));
        Assert.Empty(Teams("近日，李家村迎来了市农业农村局驻村工作队前来交流取经。"));
        Assert.Empty(Teams("李家村来了县财政局驻村工作队的督查组，检查帮扶工作。"));
        Assert.Empty(Teams("3月5日，民豐縣若克雅鄉勞光村迎來了縣財政局駐村工作隊一行參觀學習。"));
        // The review's leftover: members who came to share their experience (经验) are stationed elsewhere.
        Assert.Empty(Teams("李家村来了县财政局驻村工作队的队员，介绍驻村经验。"));
        Assert.Empty(Teams("李家村來了縣財政局駐村工作隊的隊員，介紹駐村經驗。"));
        Assert.Equal(["县财政局驻村工作队 [11,20) 县财政局 李家村 -"], Teams("3月5日，李家村迎来了县财政局驻村工作队。"));
    }

    [Fact]
    public void A_received_team_needs_the_village_as_subject_one_team_in_its_sentence_and_no_quotation_around_it()
    {
        Assert.Empty(Teams("县财政局帮助民丰县若克雅乡劳光村迎来了县交通局驻村工作队。"));
        Assert.Empty(Teams("《民丰县若克雅乡劳光村迎来了县财政局驻村工作队》一文刊发。"));
        Assert.Empty(Teams("他说:“民丰县若克雅乡劳光村迎来了县财政局驻村工作队。”"));
        // The ASCII quote opens and closes in turn; a quotation opened in an earlier sentence is still open.
        Assert.Empty(Teams("他说:\"民丰县若克雅乡劳光村迎来了县财政局驻村工作队。\""));
        Assert.Empty(Teams("他说：“去年很难。今年民丰县若克雅乡劳光村迎来了县财政局驻村工作队。”"));
        // A closed quotation before the sentence leaves it free.
        Assert.Equal(["县财政局驻村工作队 [25,34) 县财政局 劳光村 653227201200"],
            Teams("他说:\"去年很难。\"今年民丰县若克雅乡劳光村迎来了县财政局驻村工作队。"));
        Assert.Empty(Teams("民丰县若克雅乡劳光村迎来了县财政局驻村工作队和县交通局驻村工作队。"));
        Assert.Empty(Teams("民豐縣若克雅鄉勞光村迎來了縣財政局駐村工作隊和縣交通局駐村工作隊。"));
    }

    [Fact]
    public void A_joint_team_sent_by_a_body_whose_name_holds_he_is_that_body_s()
    {
        Assert.Equal(["住房和城乡建设局驻民丰县若克雅乡劳光村工作队 [6,28) 住房和城乡建设局 劳光村 653227201200"],
            Teams("县委宣传部、住房和城乡建设局驻民丰县若克雅乡劳光村工作队来到该村。"));
        Assert.Equal(["水利和湖泊局駐民豐縣若克雅鄉勞光村工作隊 [7,27) 水利和湖泊局 劳光村 653227201200"],
            Teams("市鄉村振興局、水利和湖泊局駐民豐縣若克雅鄉勞光村工作隊來到該村。"));
        Assert.Equal(["县教育和体育局驻民丰县若克雅乡劳光村工作队 [3,24) 县教育和体育局 劳光村 653227201200"],
            Teams("县委、县教育和体育局驻民丰县若克雅乡劳光村工作队来到该村。"));
        // 政府和人大: two bodies, the first ending in a body's suffix; no one body sends the team.
        Assert.Empty(Teams("县委、政府和人大驻民丰县若克雅乡劳光村工作队来到该村。"));
        // 民政和残联, 卫健和医保局: two bodies by their short names, no department of joined-department-names.tsv.
        Assert.Empty(Teams("县人社局、民政和残联驻民丰县若克雅乡劳光村工作队来到该村。"));
        Assert.Empty(Teams("县委办、卫健和医保局驻李家村工作队来到该村。"));
    }

    [Fact]
    public void A_joint_team_after_a_reprint_s_doubled_list_mark_is_sent_by_the_body_next_to_its_verb()
    {
        Assert.Equal(["水利局驻民丰县若克雅乡劳光村工作队 [8,25) 水利局 劳光村 653227201200"], Teams("市乡村振兴局,、水利局驻民丰县若克雅乡劳光村工作队来到该村。"));
        Assert.Equal(["水利局駐民豐縣若克雅鄉勞光村工作隊 [8,25) 水利局 劳光村 653227201200"], Teams("市鄉村振興局,、水利局駐民豐縣若克雅鄉勞光村工作隊來到該村。"));
    }

    [Fact]
    public void An_archive_named_by_its_place_sends_a_team()
    {
        Assert.Equal(["县档案馆驻民丰县若克雅乡劳光村工作队 [0,18) 县档案馆 劳光村 653227201200"], Teams("县档案馆驻民丰县若克雅乡劳光村工作队来到该村。"));
        Assert.Equal(["縣檔案館駐民豐縣若克雅鄉勞光村工作隊 [0,18) 县档案馆 劳光村 653227201200"], Teams("縣檔案館駐民豐縣若克雅鄉勞光村工作隊來到該村。"));
    }

    [Fact]
    public void A_team_sent_toward_a_village_takes_that_village_as_its_station()
    {
        Assert.Equal(
            ["县财政局向李家村派出工作队 [3,16) 县财政局 李家村 -"],
            Teams("去年,县财政局向李家村派出工作队,帮助村里修路。"));
    }

    [Fact]
    public void A_traditional_team_sent_toward_a_village_takes_that_village_as_its_station()
    {
        Assert.Equal(
            ["縣財政局向李家村選派工作隊 [3,16) 县财政局 李家村 -"],
            Teams("去年,縣財政局向李家村選派工作隊,幫助村裡修路。"));
    }

    [Fact]
    public void A_team_sent_toward_what_is_no_place_or_with_other_words_before_the_verb_is_not_reported()
    {
        Assert.Empty(Teams("县财政局向群众派出工作队宣讲政策。"));
        Assert.Empty(Teams("县财政局向李家村捐款并派出工作队。"));
    }

    [Fact]
    public void A_team_sent_out_to_a_village_after_a_verb_of_going_takes_that_village()
    {
        Assert.Equal(["县财政局派出工作队 [0,9) 县财政局 李家村 -"], Teams("县财政局派出工作队赴李家村开展帮扶。"));
        Assert.Equal(["縣財政局選派工作隊 [0,9) 县财政局 李家村 -"], Teams("縣財政局選派工作隊前往李家村開展幫扶。"));
    }

    [Fact]
    public void A_team_going_to_what_is_no_place_is_not_reported()
    {
        Assert.Empty(Teams("县财政局派出工作队赴外地学习经验。"));
    }

    [Fact]
    public void A_sender_that_sent_its_team_to_a_village_names_a_team_in_both_scripts()
    {
        Assert.Equal(["县财政局选派到李家村的驻村工作队 [0,16) 县财政局 李家村 -"], Teams("县财政局选派到李家村的驻村工作队修好了路。"));
        Assert.Equal(["縣財政局選派到李家村的駐村工作隊 [0,16) 县财政局 李家村 -"], Teams("縣財政局選派到李家村的駐村工作隊修好了路。"));
        Assert.Equal(["县财政局派往李家村的工作队 [0,13) 县财政局 李家村 -"], Teams("县财政局派往李家村的工作队修好了路。"));
        Assert.Equal(["县财政局派到和平镇李家村的帮扶工作组 [0,18) 县财政局 李家村 -"], Teams("县财政局派到和平镇李家村的帮扶工作组修好了路。"));
    }

    [Fact]
    public void A_sender_that_sent_its_team_to_no_place_names_no_team()
    {
        Assert.Empty(Teams("县财政局选派到基层的驻村工作队修好了路。"));
    }

    [Fact]
    public void A_team_sent_out_with_no_station_in_its_sentence_is_not_reported()
    {
        Assert.Empty(Teams("县政府办下派的常驻扶贫工作队修路盖房。"));
    }

    [Fact]
    public void A_slogan_team_with_no_verb_takes_the_village_named_before_it_in_its_sentence()
    {
        Assert.Equal(
            ["兵团“访惠聚”工作队 [15,25) 兵团 火石泉村 650502103205"],
            Teams("在哈密市伊州区二堡镇火石泉村,兵团“访惠聚”工作队驻村干部也一直忙碌在田间地头。"));
    }

    [Fact]
    public void A_team_sent_out_by_the_subject_of_its_sentence_runs_from_the_subject()
    {
        Assert.Equal(
            ["五师按照自治区、兵团党委安排部署,派出“访惠聚”工作队 [3,30) 五师 奇其尔根布呼村 652723102213"],
            Teams("今年,五师按照自治区、兵团党委安排部署,派出“访惠聚”工作队入驻博州温泉县奇其尔根布呼村。"));
    }

    [Fact]
    public void A_village_or_a_company_before_the_team_word_is_its_station_named_alone_not_its_sender()
    {
        Assert.Equal(
            ["市安居工程建设保障中心驻新殿村工作队 [2,20) 市安居工程建设保障中心 新殿村 -"],
            Teams("这是市安居工程建设保障中心驻新殿村工作队的居所。他们制作了新殿村驻村工作队走访记录。"));
        Assert.Empty(Teams("六运湖农场一连陈甲萍的温室大棚里,农场一连“访惠聚”工作队正忙着移栽番茄苗。"));
    }

    [Fact]
    public void A_traditional_team_named_by_its_sender_alone_is_no_team()
    {
        Assert.Empty(Teams("記者來到玉斯屯克阿依庫勒村村委會,這裡也是阿克蘇地區衛建委駐村工作隊的辦公地。"));
    }

    [Fact]
    public void A_slogan_team_takes_the_village_named_before_it()
    {
        Assert.Equal(
            ["人行乌鲁木齐中心支行“访惠聚”驻村工作队 [15,35) 人行乌鲁木齐中心支行 劳光村 653227201200"],
            Teams("民丰县若克雅乡劳光村位于河边。人行乌鲁木齐中心支行“访惠聚”驻村工作队开展活动。"));
    }

    [Fact]
    public void A_work_group_of_several_senders_takes_the_first_sender_and_the_village()
    {
        Assert.Equal(["市府办等单位驻XX县区石潭镇东联村工作组 [1,21) 市府办 东联村 441803118204"], Teams("由市府办等单位驻XX县区石潭镇东联村工作组负责。"));
    }

    [Fact]
    public void A_caption_credit_after_the_sentence_is_a_person_in_both_scripts()
    {
        Assert.Equal(
            ["周靖涵 [6,9) 周靖涵 第一书记", "邓良奎 [21,24) 邓良奎 -"],
            People("驻村第一书记周靖涵在帮助村民修理旋耕机。 邓良奎摄(人民视觉)"));
        Assert.Equal(
            ["周靖涵 [6,9) 周靖涵 第一书记", "鄧良奎 [21,24) 邓良奎 -"],
            People("駐村第一書記周靖涵在幫助村民修理旋耕機。 鄧良奎攝(人民視覺)"));
        Assert.Empty(People("大家在村口一起拍摄\n村民忙着采摘。"));
        Assert.Empty(People("这是张家摄制组拍的。"));
    }

    [Fact]
    public void Feng_is_a_surname_after_a_title_in_both_scripts()
    {
        Assert.Equal(["丰晓飞 [7,10) 丰晓飞 第一书记"], People("在驻村第一书记丰晓飞的协调下,村民来义诊。"));
        Assert.Equal(["豐曉飛 [7,10) 丰晓飞 第一书记"], People("在駐村第一書記豐曉飛的協調下,村民來義診。"));
        Assert.Empty(People("第一书记丰富了村民的文化生活。"));
    }

    [Fact]
    public void A_verb_with_its_aspect_mark_ends_a_two_character_name_in_both_scripts()
    {
        Assert.Equal(["徐旭 [14,16) 记者"], ReportPeople("在节目中,《中国妇女报》记者徐旭带着一份采访手记,与观众分享。"));
        Assert.Equal(["徐旭 [14,16) 记者"], ReportPeople("在節目中,《中國婦女報》記者徐旭帶著一份採訪手記,與觀眾分享。"));
    }

    [Fact]
    public void A_three_character_name_with_a_given_name_ji_ends_where_he_joins_it_on_in_both_scripts()
    {
        Assert.Equal(
            ["龙际文 [6,9) 龙际文 工作队员", "胡海明 [12,15) 胡海明 村民", "龙良平 [16,19) 龙良平 村民"],
            People("驻村工作队员龙际文和村民胡海明、龙良平去县城办手续。"));
        Assert.Equal(
            ["龍際文 [6,9) 龙际文 工作队员", "胡海明 [12,15) 胡海明 村民", "龍良平 [16,19) 龙良平 村民"],
            People("駐村工作隊員龍際文和村民胡海明、龍良平去縣城辦手續。"));
    }

    [Fact]
    public void As_soon_as_after_a_name_ends_it_in_both_scripts()
    {
        Assert.Equal(["胡家宝 [3,6) 胡家宝 书记"], People("村书记胡家宝一进门就作检讨。"));
        Assert.Equal(["胡家寶 [3,6) 胡家宝 书记"], People("村書記胡家寶一進門就作檢討。"));
    }

    [Fact]
    public void A_sender_that_chose_and_sent_its_team_to_a_station_names_that_station_not_the_next_teams()
    {
        // 选派驻 (team-markers.tsv): 选派 alone is a send verb; read so, each team took the station of the team after it.
        Assert.Equal(
            ["县交通局选派驻李家镇王家村帮扶工作队 [0,18) 县交通局 王家村 -", "县水利局选派驻李家镇张家村帮扶工作队 [19,37) 县水利局 张家村 -"],
            Teams("县交通局选派驻李家镇王家村帮扶工作队、县水利局选派驻李家镇张家村帮扶工作队等5支工作队受到表彰。"));
        Assert.Equal(
            ["縣交通局選派駐李家鎮王家村幫扶工作隊 [0,18) 县交通局 王家村 -", "縣水利局選派駐李家鎮張家村幫扶工作隊 [19,37) 县水利局 张家村 -"],
            Teams("縣交通局選派駐李家鎮王家村幫扶工作隊、縣水利局選派駐李家鎮張家村幫扶工作隊等5支工作隊受到表彰。"));
    }

    [Fact]
    public void A_joint_teams_second_body_named_without_a_known_place_is_its_sender_and_its_village_by_anaphor_gives_the_code()
    {
        // A、B驻该村…工作队: B (a function and a body's suffix) after a body and a joiner; 该村 is 劳光村, whose code it takes.
        Assert.Equal(
            ["油田公安局驻该村工作队 [30,41) 油田公安局 劳光村 653227201200"],
            Teams("5月6日,民丰县若克雅乡劳光村村委会很热闹,和田地区财政局、油田公安局驻该村工作队为村民送去化肥。"));
        Assert.Equal(
            ["油田公安局駐該村工作隊 [30,41) 油田公安局 劳光村 653227201200"],
            Teams("5月6日,民豐縣若克雅鄉勞光村村委會很熱鬧,和田地區財政局、油田公安局駐該村工作隊為村民送去化肥。"));
    }

    [Fact]
    public void A_leader_taking_a_team_is_no_part_of_its_sender()
    {
        // The organisation reader runs 县人大机关党组书记张强带领人大机关 into one body; the sender begins after 带领 (team-sender-leads.tsv).
        Assert.Equal(["人大机关驻村工作队 [16,25) 人大机关 王家村 -"], Teams("近日,县人大机关党组书记张强带领人大机关驻村工作队到李家镇王家村开展帮扶活动。"));
        Assert.Equal(["人大機關駐村工作隊 [16,25) 人大机关 王家村 -"], Teams("近日,縣人大機關黨組書記張強帶領人大機關駐村工作隊到李家鎮王家村開展幫扶活動。"));
    }

    [Fact]
    public void A_date_with_since_between_the_sender_and_its_verb_leaves_the_sender_in_both_scripts()
    {
        // teams16 s04: 于2016年起 (team-date-marks.tsv, kind tail); the team went into its village right after the team word.
        Assert.Equal(["市第一中学于2016年起派驻工作组 [0,17) 市第一中学 古家房村 130728101224"],
            Teams("市第一中学于2016年起派驻工作组深入怀安县左卫镇古家房村开展精准扶贫工作。"));
        Assert.Equal(["市第一中學於2016年起派駐工作組 [0,17) 市第一中学 古家房村 130728101224"],
            Teams("市第一中學於2016年起派駐工作組深入懷安縣左衛鎮古家房村開展精準扶貧工作。"));
        // A date with no sender before it sends no team.
        Assert.Empty(Teams("2016年起派驻工作组深入怀安县左卫镇古家房村。"));
    }

    [Fact]
    public void A_team_named_by_where_it_comes_from_takes_that_sender_and_the_town_it_settled_in_in_both_scripts()
    {
        // teams16 t02: 来自S的驻镇扶村工作队进驻P (team-sender-sources.tsv; 镇扶村 in team-gaps.tsv).
        Assert.Equal(["佛山市南海区的驻镇扶村工作队 [6,20) 佛山市南海区 平凤镇 441225110"],
            Teams("据了解,来自佛山市南海区的驻镇扶村工作队进驻平凤镇后,与当地党委政府扭成一股绳。"));
        Assert.Equal(["佛山市南海區的駐鎮扶村工作隊 [6,20) 佛山市南海区 平凤镇 441225110"],
            Teams("據了解,來自佛山市南海區的駐鎮扶村工作隊進駐平鳳鎮後,與當地黨委政府扭成一股繩。"));
        // Without the source word the attribute mark makes no sender.
        Assert.Empty(Teams("佛山市南海区的驻镇扶村工作队进驻平凤镇后。"));
    }

    [Fact]
    public void A_place_another_party_went_to_after_the_team_arranged_it_is_not_the_teams_station_in_both_scripts()
    {
        // teams16 s14: the experts came to 东港村 (team-other-parties.tsv: 协调, 促成).
        Assert.Empty(Teams("省卫健委驻村工作队出面多方协调,最终促成省级多家医疗机构组成专家组,来到通城县隽水镇东港村开展义诊活动。"));
        Assert.Empty(Teams("省衛健委駐村工作隊出面多方協調,最終促成省級多家醫療機構組成專家組,來到通城縣雋水鎮東港村開展義診活動。"));
        // The team's own coming still names its station.
        Assert.Equal(["省卫健委驻村工作队 [0,9) 省卫健委 东港村 421222100208"], Teams("省卫健委驻村工作队来到通城县隽水镇东港村开展义诊活动。"));
    }

    [Fact]
    public void A_place_before_a_campaigns_name_names_the_campaign_not_a_sender_in_both_scripts()
    {
        // teams16 t02: 广东省乡村振兴驻…镇工作队 is the programme's name (team-sender-fillers.tsv, kind programme).
        Assert.Empty(Teams("这是广东省乡村振兴驻平凤镇工作队为推动所驻镇经济发展而开展消费帮扶的真实镜头。"));
        Assert.Empty(Teams("這是廣東省鄉村振興駐平鳳鎮工作隊為推動所駐鎮經濟發展而開展消費幫扶的真實鏡頭。"));
        // A body before it is still the sender.
        Assert.Equal(["县财政局乡村振兴驻李家村工作队 [0,15) 县财政局 李家村 -"], Teams("县财政局乡村振兴驻李家村工作队为村民修路。"));
    }

    [Fact]
    public void A_team_that_arranges_or_mobilises_and_then_goes_itself_names_where_it_went_in_both_scripts()
    {
        // Review of teams16: 协调 and 动员 are not other-party verbs (team-other-parties.tsv); the team itself went on.
        Assert.Equal(["县财政局驻村工作队 [0,9) 县财政局 李家村 -"], Teams("县财政局驻村工作队多方协调资金20万元后，来到李家村查看项目进展。"));
        Assert.Equal(["縣財政局駐村工作隊 [0,9) 县财政局 李家村 -"], Teams("縣財政局駐村工作隊多方協調資金20萬元後，來到李家村查看項目進展。"));
        Assert.Equal(["县财政局驻村工作队 [0,9) 县财政局 李家村 -", "县财政局驻村工作队 [0,9) 县财政局 王家村 -"],
            Teams("县财政局驻村工作队积极协调各方，分赴李家村、王家村开展走访。"));
        // 促成 still stops the search: the experts came (teams16 s14).
        Assert.Empty(Teams("县财政局驻村工作队多方协调,最终促成专家组来到李家村开展义诊。"));
    }

    [Fact]
    public void Experience_a_received_team_brings_is_no_visit_but_experience_it_presents_is_in_both_scripts()
    {
        // team-visit-words.tsv: 经验 is a visit's only right after 介绍, 交流, 分享 or 传授 (介绍驻村经验).
        Assert.Equal(["县财政局驻村工作队 [11,20) 县财政局 李家村 -"], Teams("3月5日，李家村迎来了县财政局驻村工作队，队员们将把扶贫经验带到村里。"));
        Assert.Equal(["縣財政局駐村工作隊 [11,20) 县财政局 李家村 -"], Teams("3月5日，李家村迎來了縣財政局駐村工作隊，隊員們將把扶貧經驗帶到村裡。"));
        Assert.Empty(Teams("3月5日，李家村迎来了县财政局驻村工作队，与村民交流扶贫经验。"));
    }

    [Fact]
    public void A_district_before_a_campaigns_name_sends_its_team_a_province_does_not_in_both_scripts()
    {
        // team-gaps.tsv, column sender programme: only a province before 乡村振兴 names the campaign (teams16 t02).
        Assert.Equal(["佛山市南海区乡村振兴驻平凤镇工作队 [0,17) 佛山市南海区 平凤镇 441225110"],
            Teams("佛山市南海区乡村振兴驻平凤镇工作队为推动所驻镇经济发展而开展消费帮扶。"));
        Assert.Equal(["佛山市南海區鄉村振興駐平鳳鎮工作隊 [0,17) 佛山市南海区 平凤镇 441225110"],
            Teams("佛山市南海區鄉村振興駐平鳳鎮工作隊為推動所駐鎮經濟發展而開展消費幫扶。"));
        Assert.Empty(Teams("海南省乡村振兴驻下屯村工作队为村民修路。"));
        // A province with its own verb sends (teams16 s03).
        Assert.Equal(["海南省派驻屯昌县新兴镇下屯村乡村振兴工作队 [0,21) 海南省 下屯村 469022101200"],
            Teams("海南省派驻屯昌县新兴镇下屯村乡村振兴工作队为村民修路。"));
    }

    [Fact]
    public void A_body_a_team_comes_from_is_its_sender_and_a_station_is_not_in_both_scripts()
    {
        // team-sender-sources.tsv: 来自 is no part of the sender (来自县 is read as a place).
        Assert.Equal(["县财政局的驻村工作队 [2,12) 县财政局 李家村 -"], Teams("来自县财政局的驻村工作队进驻李家村后，与村民同吃同住。"));
        Assert.Equal(["縣財政局的駐村工作隊 [2,12) 县财政局 李家村 -"], Teams("來自縣財政局的駐村工作隊進駐李家村後，與村民同吃同住。"));
        // The place it comes from is the station it settled in: no sender.
        Assert.Empty(Teams("这些农产品来自平凤镇的驻镇扶村工作队进驻平凤镇后建成的基地。"));
    }

    [Fact]
    public void A_date_opened_by_since_or_from_leaves_the_sender_in_both_scripts()
    {
        // team-date-marks.tsv, kind lead: 自, 从 (市第一中学自2016年起派驻工作组, teams16 s04's wording).
        Assert.Equal(["市第一中学自2016年起派驻工作组 [0,17) 市第一中学 古家房村 130728101224"],
            Teams("市第一中学自2016年起派驻工作组深入怀安县左卫镇古家房村开展精准扶贫工作。"));
        Assert.Equal(["市第一中學從2016年起派駐工作組 [0,17) 市第一中学 古家房村 130728101224"],
            Teams("市第一中學從2016年起派駐工作組深入懷安縣左衛鎮古家房村開展精準扶貧工作。"));
        // 起 alone is no date.
        Assert.Empty(Teams("市财政局起草派驻工作组深入怀安县左卫镇古家房村的方案。"));
    }

    [Fact]
    public void A_village_committee_right_after_the_village_is_the_teams_station_coded_as_the_village_in_both_scripts()
    {
        // teams17 s05: 驻尚德村委会 (team-station-committees.tsv: 村委会); the bureau and the committee are two bodies, not one
        // organisation joined by 驻 (org-suffixes.tsv, needs_head place: no body runs a village's own body).
        Assert.Equal(["曲靖市文旅局驻会泽县尚德村委会乡村振兴工作队 [0,22) 曲靖市文旅局 尚德村委会 530326001202"],
            Teams("曲靖市文旅局驻会泽县尚德村委会乡村振兴工作队来到了古城街道翠屏小学。"));
        Assert.Equal(["曲靖市文旅局駐會澤縣尚德村委會鄉村振興工作隊 [0,22) 曲靖市文旅局 尚德村委会 530326001202"],
            Teams("曲靖市文旅局駐會澤縣尚德村委會鄉村振興工作隊來到了古城街道翠屏小學。"));
        // A committee word after a county, no village read before it, names no station.
        Assert.Empty(Teams("曲靖市文旅局驻会泽县村委会工作队来到了小学。"));
        // The village's 村 written twice (尚德村 + 村委会): the committee is a word after the station, not its name (the entity
        // spec 'Unlisted words between the station and the team word…': no team).
        Assert.Empty(Teams("曲靖市文旅局驻会泽县尚德村村委会工作队来到了古城街道翠屏小学。"));
    }
}
