using WorkTeam.Extraction.Facts;

using static WorkTeam.Extraction.Tests.Links.LinkedNumbers;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>
/// Links sets 4 and 5 (issue 16): a number's period, place and actor as the grammar of its clause gives them
/// (FactLinker.OwnTime, Links/Data/clause-ties.tsv); each class in both scripts, exact values.
/// </summary>
public class ClauseTieTests
{
    [Theory]
    [InlineData("该村集体经济收入由2019年的5.2万元提高到18.6万元,新修道路3公里。", "5.2万元", "18.6万元", "3公里")]
    [InlineData("該村集體經濟收入由2019年的5.2萬元提高到18.6萬元,新修道路3公里。", "5.2萬元", "18.6萬元", "3公里")]
    public void A_date_tied_by_de_to_a_number_dates_that_number_only(string text, string start, string end, string other)
    {
        Assert.Equal("2019", Number(text, start).Period);
        Assert.Null(Number(text, end).Period);
        Assert.Null(Number(text, other).Period);
    }

    [Theory]
    [InlineData("2018年以来,该村累计投入资金200万元,近两年争取项目资金80万元。", "200万元", "80万元")]
    [InlineData("2018年以來,該村累計投入資金200萬元,近兩年爭取項目資金80萬元。", "200萬元", "80萬元")]
    public void Recent_years_are_another_time_than_the_date_before(string text, string dated, string recent)
    {
        Assert.Equal("2018", Number(text, dated).Period);
        Assert.Null(Number(text, recent).Period);
    }

    [Theory]
    [InlineData("此次县府拨付资金80万元。", "80万元")]
    [InlineData("此次縣府撥付資金80萬元。", "80萬元")]
    public void This_time_opens_a_clause_before_its_subject(string text, string money)
    {
        Assert.Equal(("县府", (string?)null), (Number(text, money).Actor, Number(text, money).Period));
    }

    [Theory]
    [InlineData("镇政府同意拨付30万元修缮道路,但明年县里将另行补助,共投入资金50万元。", "30万元", "50万元")]
    [InlineData("鎮政府同意撥付30萬元修繕道路,但明年縣府將另行補助,共投入資金50萬元。", "30萬元", "50萬元")]
    public void A_future_date_saying_more_in_another_clause_dates_only_its_own(string text, string before, string after)
    {
        var date = new DateOnly(2023, 5, 2);
        Assert.Null(Number(text, before, date).Period);
        Assert.Null(Number(text, after, date).Period);
        // A bare opening clause still dates what follows it.
        Assert.Equal("2024", Number("明年,该村计划投入资金20万元。", "20万元", date).Period);
    }

    [Theory]
    [InlineData("县教育局捐赠电脑10台,让2019年才建成的村小学有了电脑室。")]
    [InlineData("縣教育局捐贈電腦10台,讓2019年才建成的村小學有了電腦室。")]
    public void A_date_in_a_clause_of_result_is_not_the_period_of_the_number_before(string text)
    {
        var count = Number(text, "10台");
        Assert.Equal(((string?)null, "县教育局"), (count.Period, count.Actor));
    }

    [Theory]
    [InlineData("2016年以来,该镇实现3个贫困村脱贫摘帽,预计今年再脱贫132户。", "3个", "132户")]
    [InlineData("2016年以來,該鎮實現3個貧困村脫貧摘帽,預計今年再脫貧132戶。", "3個", "132戶")]
    public void A_now_word_before_the_number_drops_the_paragraphs_opening_year(string text, string since, string now)
    {
        Assert.Equal("2016", Number(text, since).Period);
        Assert.Null(Number(text, now).Period);
    }

    // Read forward once a sentence for all its numbers (FactLinker.Forward): the numbers before the now word keep the
    // opening year, every number after it drops it.
    [Theory]
    [InlineData("2016年以来,该镇新建大棚50栋,修路3公里,目前,再脱贫132户,新增80亩。", "50栋", "3公里", "132户", "80亩")]
    [InlineData("2016年以來,該鎮新建大棚50棟,修路3公里,目前,再脫貧132戶,新增80畝。", "50棟", "3公里", "132戶", "80畝")]
    public void A_now_word_opening_a_middle_clause_drops_the_opening_year_only_after_it(string text, string first, string second, string third, string fourth)
    {
        Assert.Equal(
            new string?[] { "2016", "2016", null, null },
            new[] { first, second, third, fourth }.Select(n => Number(text, n).Period));
    }

    [Theory]
    [InlineData("县长查看了南丰村的道路,指示尽快改善;更针对万丰村球场,同意拨付300万元。", "300万元")]
    [InlineData("縣長查看了南豐村的道路,指示儘快改善;更針對萬豐村球場,同意撥付300萬元。", "300萬元")]
    public void A_fronted_phrase_gives_its_place_to_the_clause_it_leads(string text, string money)
    {
        var m = Number(text, money);
        Assert.Equal(("万丰村", LinkScope.Clause), (m.Place, m.Scope));
    }

    [Theory]
    [InlineData("针对万丰村球场及万丰小学,同意拨付300万元。", "300万元")]
    [InlineData("針對萬豐村曲冰風雨球場及萬豐國小,同意加碼300萬元。", "300萬元")]
    public void A_short_form_and_its_full_name_are_one_place(string text, string money)
    {
        Assert.Equal("万丰村", Number(text, money).Place);
    }

    [Theory]
    [InlineData("县长同意拨付南丰村道路50万元;另针对万丰村球场拨付300万元,总计核定350万元。", "50万元", "300万元", "350万元")]
    [InlineData("縣長同意撥付南豐村道路50萬元;另針對萬豐村球場撥付300萬元,總計核定350萬元。", "50萬元", "300萬元", "350萬元")]
    public void A_total_over_several_places_is_not_one_of_them(string text, string first, string second, string total)
    {
        Assert.Equal("南丰村", Number(text, first).Place);
        Assert.Equal("万丰村", Number(text, second).Place);
        Assert.Equal(((string?)null, (LinkScope?)null), (Number(text, total).Place, Number(text, total).Scope));
    }

    [Theory]
    [InlineData("民丰县若克雅乡位于沙漠南缘。\n村里修了路。\n大家都很高兴。\n2016年以来,该乡已有350户脱贫。", "350户")]
    [InlineData("民豐縣若克雅鄉位於沙漠南緣。\n村裡修了路。\n大家都很高興。\n2016年以來,該鄉已有350戶脫貧。", "350戶")]
    public void An_anaphor_stands_for_the_documents_one_place_of_its_level_however_far(string text, string count)
    {
        var c = Number(text, count);
        Assert.Equal(("若克雅乡", "653227201", LinkScope.Clause, "2016"), (c.Place, c.Code, c.Scope, c.Period));
    }

    // The merge review's case (links3 a03): with places7 the listed villages are places, and 全村 took the last of them.
    [Theory]
    [InlineData("龙坝镇同心村。\n新修贯通同心村7个小组,带动邻村龙家坝、吴坝、孟家湾等三个村的公路20余公里;兴建中心供水,让全村农户都吃上自来水;组织资金80多万元,建成便民服务中心。", "80多万元")]
    [InlineData("龍壩鎮同心村。\n新修貫通同心村7個小組,帶動鄰村龍家壩、吳壩、孟家灣等三個村的公路20餘公里;興建中心供水,讓全村農戶都吃上自來水;組織資金80多萬元,建成便民服務中心。", "80多萬元")]
    public void The_whole_village_is_no_village_of_a_list(string text, string money)
    {
        Assert.Equal("同心村", Number(text, money).Place);
    }

    // Links set 5: 今年 in a text with no publish date is the year of the day its first date names at a line's head.
    [Theory]
    [InlineData("2016年12月29日,记者来到石门村。今年,该村投入资金100万元。", "100万元")]
    [InlineData("2016年12月29日,記者來到石門村。今年,該村投入資金100萬元。", "100萬元")]
    [InlineData("本报讯 2016年12月29日,县扶贫办召开会议。会上获悉,今年全县投入资金100万元。", "100万元")]
    public void This_year_is_the_year_of_the_texts_day(string text, string money)
    {
        Assert.Equal("2016", Number(text, money).Period);
    }

    [Theory]
    [InlineData("2015年3月1日,工作队进驻石门村。2016年,该村修路5公里。今年,该村投入资金100万元。", "100万元")]
    [InlineData("2015年3月1日,工作隊進駐石門村。2016年,該村修路5公里。今年,該村投入資金100萬元。", "100萬元")]
    public void This_year_is_none_where_the_text_looks_back_from_its_first_day(string text, string money)
    {
        Assert.Null(Number(text, money).Period);
    }

    [Theory]
    [InlineData("永德县2011年农村饮水安全项目被市水务局批准,解决饮水不安全人口2.7万人。项目总投资1353万元,建成工程52件。", "1353万元", "52件")]
    [InlineData("永德縣2011年農村飲水安全項目被市水務局批准,解決飲水不安全人口2.7萬人。項目總投資1353萬元,建成工程52件。", "1353萬元", "52件")]
    public void A_years_programme_opening_a_paragraph_dates_it(string text, string money, string count)
    {
        Assert.Equal(("2011", "2011"), (Number(text, money).Period, Number(text, count).Period));
        // A year with no programme after it opens no paragraph period.
        Assert.Null(Number("永德县2011年被评为先进县。项目总投资1353万元。", "1353万元").Period);
    }

    [Theory]
    [InlineData("2011年、2012年,该公司帮助木旺村修建机耕路16万元。", "16万元")]
    [InlineData("2011年、2012年,該公司幫助木旺村修建機耕路16萬元。", "16萬元")]
    public void Two_years_listed_are_an_interval(string text, string money)
    {
        Assert.Equal("2011/2012", Number(text, money).Period);
    }

    [Theory]
    [InlineData("2011年、2013年,该公司帮助木旺村修建机耕路16万元。", "16万元", "2013")]
    [InlineData("2011年、2013年,該公司幫助木旺村修建機耕路16萬元。", "16萬元", "2013")]
    [InlineData("2013年、2011年,该公司帮助木旺村修建机耕路16万元。", "16万元", "2011")]
    public void Two_years_listed_that_do_not_follow_each_other_are_no_interval(string text, string money, string period)
    {
        // 2011/2013 would take in 2012, which the text does not name; 2013/2011 is no interval at all.
        Assert.Equal(period, Number(text, money).Period);
    }

    [Theory]
    [InlineData("乡公所经费不足,县长王惠美补助300万元。", "300万元")]
    [InlineData("鄉公所經費不足,縣長王惠美補助300萬元。", "300萬元")]
    public void A_person_opening_a_later_clause_leaves_no_actor(string text, string money)
    {
        Assert.Null(Number(text, money).Actor);
        Assert.Equal("县府", Number(text.Replace("县长王惠美", "县府").Replace("縣長王惠美", "縣府"), money).Actor);
    }

    [Theory]
    [InlineData("新路还在做预算,预计8月份制定完成再报批,该项目已由县民政局补助15万元。", "15万元")]
    [InlineData("新路還在做預算,預計8月份制定完成再報批,該項目已由縣民政局補助15萬元。", "15萬元")]
    [InlineData("项目主体已施工完毕,待9月底并网发电后,每年为村集体增收3万余元。", "3万余元")]
    [InlineData("項目主體已施工完畢,待9月底並網發電後,每年為村集體增收3萬餘元。", "3萬餘元")]
    public void A_date_of_a_planned_step_or_a_condition_dates_its_own_clause_only(string text, string money)
    {
        Assert.Null(Number(text, money).Period);
        // Opening the sentence, the same date is the time of what follows.
        Assert.Equal("XXXX-08", Number("预计8月份,该村投入资金15万元。", "15万元").Period);
    }

    [Theory]
    [InlineData("2014年10月,该公司与金刚台村结对帮扶,选派工作队进驻村里。每年都安排投资100万元以上的重点项目。", "100万元以上")]
    [InlineData("2014年10月,該公司與金剛臺村結對幫扶,選派工作隊進駐村裡。每年都安排投資100萬元以上的重點項目。", "100萬元以上")]
    public void Every_year_is_another_time_than_the_paragraphs_opening_date(string text, string money)
    {
        Assert.Null(Number(text, money).Period);
        Assert.Equal("2014-10", Number(text.Replace("每年都", "随后"), money).Period);
    }

    [Theory]
    [InlineData("根据县里研究决定,现将2019年扶贫资金项目计划下达如下:\n1.安排60万元用于甲村道路建设。\n2.安排40万元用于乙村水渠建设。", "60万元", "40万元")]
    [InlineData("根據縣裡研究決定,現將2019年扶貧資金項目計劃下達如下:\n1.安排60萬元用於甲村道路建設。\n2.安排40萬元用於乙村水渠建設。", "60萬元", "40萬元")]
    public void A_numbered_list_after_an_introduction_ending_with_a_colon_takes_its_year(string text, string first, string second)
    {
        Assert.Equal(("2019", "2019"), (Number(text, first).Period, Number(text, second).Period));
        // Without the colon the lines are no list of that sentence: no year.
        Assert.Null(Number(text.Replace("如下:", "如下。"), first).Period);
    }

    [Theory]
    [InlineData("现将省财政厅下达我市2019年专项资金500万元,予以公告。\n南江县:专项资金300万元;\n通江县:专项资金200万元。", "300万元", "南江县", "200万元", "通江县", "500万元")]
    [InlineData("現將省財政廳下達我市2019年專項資金500萬元,予以公告。\n南江縣:專項資金300萬元;\n通江縣:專項資金200萬元。", "300萬元", "南江县", "200萬元", "通江县", "500萬元")]
    public void Items_labelled_by_a_place_take_the_period_and_actor_of_the_sentence_before(string text, string first, string firstPlace, string second, string secondPlace, string total)
    {
        var a = Number(text, first);
        var b = Number(text, second);
        Assert.Equal(("2019", "省财政厅", firstPlace), (a.Period, a.Actor, a.Place));
        Assert.Equal(("2019", "省财政厅", secondPlace), (b.Period, b.Actor, b.Place));
        // 现将 opens the notice: the body after it did what the notice publishes.
        Assert.Equal("省财政厅", Number(text, total).Actor);
        // One paragraph opening with a place and a colon (an answer, a village's own line) is no list of the one before.
        var lone = text[..text.LastIndexOf('\n')];
        Assert.Null(Number(lone, first).Period);
    }

    [Theory]
    [InlineData("明溪县财政局关于拨付扶贫资金的函\n本次安排扶贫资金2600万元,其中:鲤城区对口帮扶资金1200万元。", "2600万元", "1200万元")]
    [InlineData("明溪縣財政局關於撥付扶貧資金的函\n本次安排扶貧資金2600萬元,其中:鯉城區對口幫扶資金1200萬元。", "2600萬元", "1200萬元")]
    public void A_district_that_gives_is_not_the_place_and_the_county_of_the_bodies_is(string text, string total, string part)
    {
        Assert.Equal(("明溪县", LinkScope.Document), (Number(text, total).Place, Number(text, total).Scope));
        Assert.Equal("明溪县", Number(text, part).Place);
        // A county named once in a body's name below the head, with no township or village of it named, is not what a story is about.
        Assert.Null(Number("扶贫资金下达\n全国安排扶贫资金2600万元。明溪县公安局参加会议。", "2600万元").Place);
    }

    [Theory]
    [InlineData("安排1110万元用于米粮镇八一村、青铜关镇乡中村、高峰镇两河村、柴坪镇桃园村4个村的通组路建设项目。", "1110万元", "4个")]
    [InlineData("安排1110萬元用於米糧鎮八一村、青銅關鎮鄉中村、高峰鎮兩河村、柴坪鎮桃園村4個村的通組路建設項目。", "1110萬元", "4個")]
    public void An_amount_before_a_list_of_villages_is_not_the_first_villages(string text, string money, string count)
    {
        // A list of places, not of amounts each with its own place: the amount is about them all.
        Assert.Null(Number(text, money).Place);
        Assert.Null(Number(text, count).Place);
        Assert.Equal("八一村", Number("安排1110万元用于米粮镇八一村、90万元用于青铜关镇乡中村。", "1110万元").Place);
    }

    [Theory]
    [InlineData("五年来,工作队改善了道路。2025年,工作队落实帮扶资金25万元。此外,帮扶养殖户6户。", "6户")]
    [InlineData("五年來,工作隊改善了道路。2025年,工作隊落實幫扶資金25萬元。此外,幫扶養殖戶6戶。", "6戶")]
    public void A_sentence_going_on_with_the_one_before_keeps_its_opening_year(string text, string count)
    {
        Assert.Equal("2025", Number(text, count).Period);
        Assert.Null(Number(text.Replace("此外", "目前"), count).Period);
        // What stands now (现已) is not of the year the sentence before opens with.
        Assert.Null(Number(text.Replace("此外,", text.Contains('幫') ? "此外,現已" : "此外,现已"), count).Period);
    }

    [Theory]
    [InlineData("为改善环境,今年11月份起,该村安装了80盏路灯。与此同时,村集体投入6.3万元。", "6.3万元")]
    [InlineData("為改善環境,今年11月份起,該村安裝了80盞路燈。與此同時,村集體投入6.3萬元。", "6.3萬元")]
    public void A_sentence_at_the_same_time_keeps_the_one_date_of_the_sentence_before(string text, string money)
    {
        // Links set 7 (a03): the sentence before names one date, not at its start; with no year known it stays a month.
        Assert.Equal("XXXX-11", Number(text, money).Period);
        Assert.Null(Number(text.Replace(text.Contains('與') ? "與此同時," : "与此同时,", ""), money).Period);
    }

    [Theory]
    [InlineData("2013年,县委办进驻该村。帮扶单位先后投入了570多万元,修建道路3公里。", "570多万元")]
    [InlineData("2013年,縣委辦進駐該村。幫扶單位先後投入了570多萬元,修建道路3公里。", "570多萬元")]
    public void An_amount_summed_over_the_years_takes_no_paragraph_opening_year(string text, string money)
    {
        // Links set 7 (b01): 先后 sums the years since the opening date, which is when it began.
        Assert.Null(Number(text, money).Period);
        Assert.Equal("2013", Number(text.Replace(text.Contains('幫') ? "先後" : "先后", ""), money).Period);
    }

    [Theory]
    [InlineData("该村争取到县交通局资金30万元,修建道路2公里。", "30万元")]
    [InlineData("該村爭取到縣交通局資金30萬元,修建道路2公里。", "30萬元")]
    public void The_body_money_is_got_from_is_its_actor(string text, string money)
    {
        Assert.Equal("县交通局", Number(text, money).Actor);
        // Not what the money builds: the village's road has no actor named.
        Assert.Null(Number(text, "2公里").Actor);
    }

    // The sentence's bodies read once for all its numbers (FactLinker.Actors' reader): the body asked from is the money's
    // actor only; the count and the measure keep the subject of their clauses, the first body and the one after it.
    [Theory]
    [InlineData("县财政局投入资金50万元,新建大棚20栋,县水利局争取到省水利厅资金30万元,修路3公里。", "50万元", "20栋", "30万元", "3公里")]
    [InlineData("縣財政局投入資金50萬元,新建大棚20棟,縣水利局爭取到省水利廳資金30萬元,修路3公里。", "50萬元", "20棟", "30萬元", "3公里")]
    public void Each_number_of_a_sentence_of_several_bodies_has_its_own_actor(string text, string first, string count, string asked, string measure)
    {
        Assert.Equal(
            new[] { "县财政局", "县财政局", "省水利厅", "县水利局" },
            new[] { first, count, asked, measure }.Select(n => Number(text, n).Actor));
    }

    [Theory]
    [InlineData("县委办、县财政局联合开展帮扶。\n投入资金50万元修建道路。", "50万元")]
    [InlineData("縣委辦、縣財政局聯合開展幫扶。\n投入資金50萬元修建道路。", "50萬元")]
    public void Bodies_joined_are_not_the_pages_one_acting_organisation(string text, string money)
    {
        // Links set 7 (b01): the first of bodies listed together does not act alone; one body alone still does.
        Assert.Null(Number(text, money).Actor);
        Assert.Equal("县委办", Number(text.Replace(text.Contains('縣') ? "、縣財政局" : "、县财政局", ""), money).Actor);
    }

    [Theory]
    [InlineData("大湾村共有123户540人。\n沙州镇镇长王强表示,修路投入30万元。", "30万元", "镇长王强表示,")]
    [InlineData("大灣村共有123戶540人。\n沙州鎮鎮長王強表示,修路投入30萬元。", "30萬元", "鎮長王強表示,")]
    public void A_speakers_office_is_not_the_place_of_what_is_said(string text, string money, string speaker)
    {
        // Links set 7 (b03: 西屯區長陳寶雲表示,…): the township names the head who speaks; the paragraph before was about the village.
        Assert.Equal(("大湾村", LinkScope.Paragraph), (Number(text, money).Place, Number(text, money).Scope));
        // The township named in the number's own sentence, no speaker's title: it is the place.
        Assert.Equal("沙州镇", Number(text.Replace(speaker, ""), money).Place);
    }

    [Theory]
    [InlineData("3月16日,该村举行活动中心开工典礼,工程投入经费1660万元,新建道路2公里。", "1660万元", "3月16日,")]
    [InlineData("3月16日,該村舉行活動中心開工典禮,工程投入經費1660萬元,新建道路2公里。", "1660萬元", "3月16日,")]
    public void The_day_of_an_event_in_a_clause_before_does_not_date_the_money(string text, string money, string day)
    {
        // Links set 7 (b01, b03), as links5 and links6 annotated: what is built that day is dated, its money is not.
        Assert.Null(Number(text, money).Period);
        Assert.Equal("XXXX-03-16", Number(text, "2公里").Period);
        // The day in the money's own clause dates it.
        Assert.Equal("XXXX-03-16", Number(text.Replace(day, "").Replace("工程投入", "工程于3月16日投入"), money).Period);
    }

    [Theory]
    [InlineData("县财政局大楼楼顶安装光伏板80千瓦。", "县财政局大楼楼顶", "县财政局")]
    [InlineData("縣財政局大樓樓頂安裝光伏板80千瓦。", "縣財政局大樓樓頂", "縣財政局")]
    public void A_bodys_building_is_where_a_thing_stands_not_who_acts(string text, string building, string body)
    {
        // Links set 8 (a02: 莲中村委会大楼楼顶380平方米光伏发电项目): the committee's roof holds the plant.
        Assert.Null(Number(text, "80千瓦").Actor);
        Assert.Equal("县财政局", Number(text.Replace(building, body), "80千瓦").Actor);
    }

    [Theory]
    [InlineData("发布时间:2020-09-29 来源:青阳县人民政府\n2020年,青阳县投入扶贫资金394万元。", "394万元", "发布时间:2020-09-29 来源:青阳县人民政府", "青阳县人民政府开展扶贫。")]
    [InlineData("發布時間:2020-09-29 來源:青陽縣人民政府\n2020年,青陽縣投入扶貧資金394萬元。", "394萬元", "發布時間:2020-09-29 來源:青陽縣人民政府", "青陽縣人民政府開展扶貧。")]
    public void The_source_a_page_is_filed_from_is_not_its_acting_body(string text, string money, string sourceLine, string acting)
    {
        // Links set 8 (a03): the publisher in the source line spent nothing; the same body acting in the text is the page's actor.
        Assert.Equal(("青阳县", "2020", (string?)null), (Number(text, money).Place, Number(text, money).Period, Number(text, money).Actor));
        Assert.Equal("青阳县人民政府", Number(text.Replace(sourceLine, acting), money).Actor);
    }

    [Theory]
    [InlineData("大地村地处山区,距离镇政府1.5公里,全村174户701人。", "174户")]
    [InlineData("大地村地處山區,距離鎮政府1.5公里,全村174戶701人。", "174戶")]
    public void A_body_a_distance_is_measured_from_is_no_actor(string text, string households)
    {
        // Links set 6 (b05): the recognizer may take 距离 into the body's name; the body is only a reference point.
        Assert.Equal(("大地村", (string?)null), (Number(text, "1.5公里").Place, Number(text, "1.5公里").Actor));
        Assert.Null(Number(text, households).Actor);
    }

    [Theory]
    [InlineData("今年来,莲中村党总支充分利用闲置空间。该村投入70万元建设光伏发电项目。", "70万元", "该村")]
    [InlineData("今年來,蓮中村黨總支充分利用閒置空間。該村投入70萬元建設光伏發電項目。", "70萬元", "該村")]
    public void A_place_word_opening_the_clause_is_its_subject(string text, string money, string placeWord)
    {
        // Links set 8 (a02): the village spends; the branch that opened the sentence before is not handed on.
        Assert.Equal(("莲中村", (string?)null), (Number(text, money).Place, Number(text, money).Actor));
        Assert.Equal("莲中村党总支", Number(text.Replace(placeWord, ""), money).Actor);
    }

    [Theory]
    [InlineData("南投全县263个村里,今年仅20个村里召开。\n民政处建议调整标准,补助经费上限12万元。\n南投县政府表示,将尽快修正。", "263个", "12万元")]
    [InlineData("南投全縣263個村里,今年僅20個村里召開。\n民政處建議調整標準,補助經費上限12萬元。\n南投縣政府表示,將盡快修正。", "263個", "12萬元")]
    public void A_county_named_short_and_in_full_without_a_code_is_one_place(string text, string count, string money)
    {
        // Links set 8 (b04): 南投 of 南投全縣 is 南投縣, written in full, and the page's one county for a paragraph naming none.
        Assert.Equal(("南投县", LinkScope.Clause), (Number(text, count).Place, Number(text, count).Scope));
        Assert.Equal(("南投县", LinkScope.Document), (Number(text, money).Place, Number(text, money).Scope));
    }

    [Theory]
    [InlineData("2025年12月1日,县府召开县务会议。\n以今年度的召开状况为例,全县共263个村里。", "263个", "以今年度", "以往")]
    [InlineData("2025年12月1日,縣府召開縣務會議。\n以今年度的召開狀況為例,全縣共263個村里。", "263個", "以今年度", "以往")]
    public void This_year_in_an_example_opening_the_sentence_dates_its_numbers(string text, string count, string example, string other)
    {
        // Links set 8 (b04: 以今年度的全縣村里民大會召開狀況為例，…263個村里): 以 leads the example's year.
        Assert.Equal("2025", Number(text, count).Period);
        Assert.Null(Number(text.Replace(example, other), count).Period);
        // 以 leads an example only with 为例 later in its clause (以…为基础 is no example): the year then opens no clause.
        Assert.Null(Number(text.Replace("为例", "为基础").Replace("為例", "為基礎"), count).Period);
    }

    [Theory]
    [InlineData("去年该村收到补助资金30万元后,花费25万元改造光伏板,于当年8月并网发电。", "30万元", "25万元")]
    [InlineData("去年該村收到補助資金30萬元後,花費25萬元改造光伏板,於當年8月併網發電。", "30萬元", "25萬元")]
    public void A_clauses_own_year_is_not_replaced_by_a_date_after_the_number(string text, string grant, string spent)
    {
        // Links set 8 (b03): the grant came last year; what was spent and connected in August is dated by it.
        Assert.Null(Number(text, grant).Period);
        Assert.Equal("XXXX-08", Number(text, spent).Period);
    }

    [Theory]
    [InlineData("以前年度结转资金50万元,2020年3月拨付到村。", "50万元", "2020-03")]
    [InlineData("过去年均增收3万元,2020年3月完成验收。", "3万元", "2020-03")]
    [InlineData("比去年增加5万元,截至2021年6月底共收入20万元。", "5万元", "2021-06")]
    [InlineData("较去年同期增长3万元,2021年8月通过验收。", "3万元", "2021-08")]
    [InlineData("較去年同期增長3萬元,2021年8月通過驗收。", "3萬元", "2021-08")]
    [InlineData("以前年度結轉資金50萬元,2020年3月撥付到村。", "50萬元", "2020-03")]
    public void A_year_word_inside_another_word_or_a_comparison_is_no_own_year(string text, string number, string period)
    {
        // Review of links set 8's own year: 去年/前年 inside 过去年均 or 以前年度, or the baseline of 比去年/较去年同期, does
        // not say the clause's year; the date after the number still dates it.
        Assert.Equal(period, Number(text, number).Period);
    }

    [Theory]
    [InlineData("离石区新修道路5公里。", "5公里")]
    [InlineData("離石區新修道路5公里。", "5公里")]
    public void A_place_opening_with_one_distance_character_is_no_distance_reference(string text, string measure)
    {
        // One test of a distance's reference point for places and bodies: a distance word of two characters at least opens
        // a name misread with it (距离集镇), 离 alone is a name's first character.
        Assert.Equal(("离石区", "141102"), (Number(text, measure).Place, Number(text, measure).Code));
    }

    [Theory]
    [InlineData("南投全县263个村里,今年仅20个村里召开。\n民政处建议调整标准,补助经费上限12万元。\n南投县政府表示,将尽快修正。", "263个", "补助经费")]
    [InlineData("南投全縣263個村里,今年僅20個村里召開。\n民政處建議調整標準,補助經費上限12萬元。\n南投縣政府表示,將盡快修正。", "263個", "補助經費")]
    public void A_short_form_is_named_in_full_in_a_text_of_many_facts(string text, string count, string funds)
    {
        // Past 32 facts the full forms are looked up in a map made once per text (not a scan of every fact per number).
        var many = string.Concat(Enumerable.Range(1, 30).Select(k => $"第{k}组{k}万元,"));
        Assert.Equal("南投县", Number(text.Replace(funds, many + funds), count).Place);
        Assert.Equal("南投县", Number(text, count).Place);
    }

    [Theory]
    [InlineData("民丰县政府投入50万元,用于劳光村修建道路。", "50万元", "劳光村")]
    [InlineData("民豐縣政府投入50萬元,用於勞光村修建道路。", "50萬元", "勞光村")]
    public void A_governments_money_for_one_place_inside_its_territory_is_that_places(string text, string money, string village)
    {
        // Links set 7 (b04: 補助花蓮市公所78萬元，進行民意里活動中心…): the one place inside the territory named after the money.
        Assert.Equal(("劳光村", "653227201200", LinkScope.Sentence), (Number(text, money).Place, Number(text, money).Code, Number(text, money).Scope));
        // Two such places: the territory's total.
        Assert.Equal("民丰县", Number(text.Replace(village, village + "和若克雅乡"), money).Place);
    }
}

