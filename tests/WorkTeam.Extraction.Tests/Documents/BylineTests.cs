using WorkTeam.Extraction.Documents;

namespace WorkTeam.Extraction.Tests.Documents;

public sealed class BylineTests
{
    [Theory]
    [InlineData("伊犁新闻网 >伊犁新闻")]
    [InlineData("首页 > 新闻中心 > 正文")]
    [InlineData("来源:伊犁日报     点击:")]
    [InlineData("字体:")]
    [InlineData("分享到:")]
    [InlineData("编辑:法雅       2021-07-13")]
    [InlineData("[责任编辑:张赏华 ]")]
    [InlineData("附件:")]
    [InlineData("相关稿件:")]
    [InlineData("IMG_261")]
    [InlineData("38476d19d7a6dc4c795b7ddea3429b13")]
    [InlineData("8b74ccebe0ba47f399606dbad31a3eb6.png")]
    [InlineData("2018-03-19 12:27:00来源:天山网")]
    [InlineData("时间:2021-03-24 19:46  来源:自治区教育厅   浏览次数: 分享到:")]
    [InlineData("您好,今天是 ,欢迎访问新疆维吾尔自治区教育厅网站!")]
    [InlineData("记者 韩莎莎")]
    [InlineData("2021年7月13日")]
    [InlineData("文章关键词： 辟谣 外泄 账号")]
    [InlineData("顶端新闻·河南商报记者马俊峰/文受访者供图")]
    [InlineData("通 讯 员:马 瑞 朱小丽")]
    [InlineData("来源 新华社")]
    [InlineData("素材来源:江苏日报")]
    [InlineData("首页 | 新闻动态 | 政务公开 | 联系我们")]
    [InlineData("上一页 | 1 | 2 | 3 | 下一页")] // a pager: its numbers stand beside no long label
    [InlineData("上一页 | １ | ２ | ３ | 下一页")] // full-width: still a pager
    public void Page_furniture_lines_are_recognised(string line) => Assert.True(Byline.IsFurniture(line));

    [Theory]
    [InlineData("听民意 做实工作聚民心")]
    [InlineData("工作队和村民一起抗洪")]
    [InlineData("7月9日,记者走进新源县那拉提镇恰勒阔德村,映入眼帘的是漂亮的文化墙。")]
    [InlineData("……")]
    [InlineData("一、建设堅強戰斗堡壘,基層組織治理能力不斷提升")]
    [InlineData("开展摄影比赛、微信公众号宣传和文艺汇演，丰富群众文化生活")]
    [InlineData("工作队队员分享脱贫致富经验，帮助村民拓宽销售渠道")]
    [InlineData("由於親民黨立委上午舉行記者會時，")]
    [InlineData("市政府召开记者会通报疫情")]
    [InlineData("未回答記者任何問題，")]
    [InlineData("素材来源 江苏13个设区市党报及官方发布")]
    [InlineData("一审判决后,被告人不服提出上诉。")] // 一审 labels a review only before a colon
    [InlineData("高新区扶贫专项资金 | 农业保险 | 10.8 | 社会事务局 |")] // a table's row: a bare number cell beside a long label
    [InlineData("高新区扶贫专项资金 | 农业保险 | １０.８ | 社会事务局 |")] // full-width digits are a number cell too (NumeralChars)
    public void Body_lines_are_not_furniture(string line) => Assert.False(Byline.IsFurniture(line));

    [Theory]
    [InlineData("编辑:法雅       2021-07-13", "", "法雅", null, "2021-07-13")]
    [InlineData("[责任编辑:张赏华 ]", "", "张赏华", null, null)]
    [InlineData("2018年04月02日 10:22   来源:新疆经济报", "", "", "新疆经济报", "2018-04-02T10:22")]
    [InlineData("采写：南都见习记者 林子沛", "林子沛", "", null, null)]
    [InlineData("记者 王建宏 张文攀 编辑 孙桂芳", "王建宏 张文攀", "孙桂芳", null, null)]
    [InlineData("责任编辑：霍琦来源：新京报", "", "霍琦", "新京报", null)]
    [InlineData("[责任编辑：韩保林 PK155]", "", "韩保林", null, null)]
    [InlineData("作者：未知", "", "", null, null)]
    [InlineData("來源：中央社　編輯：王小明", "", "王小明", "中央社", null)]
    [InlineData("記者王小明／台北報導", "王小明", "", null, null)]
    [InlineData("記者 王小明 張文攀 攝影 李大同", "王小明 張文攀", "", null, null)] // 攝影 ends the names as 摄影 does
    [InlineData("記者 王小明 校對 孫桂芳", "王小明", "", null, null)]
    [InlineData("来源：证券市场红周刊 举报", "", "", "证券市场红周刊", null)]
    [InlineData("来源：来源：新华日报", "", "", "新华日报", null)]
    [InlineData("通讯员：张三", "张三", "", null, null)]
    [InlineData("本文作者：张三", "张三", "", null, null)]
    [InlineData("文／李四", "李四", "", null, null)]
    [InlineData("记者／王五", "王五", "", null, null)]
    [InlineData("通 讯 员:马 瑞 朱小丽", "马瑞 朱小丽", "", null, null)]
    [InlineData("编 辑:周婷婷", "", "周婷婷", null, null)]
    [InlineData("（新华社记者兰红光摄）", "", "", null, null)] // a photographer, no author
    [InlineData("摄影：刘宇摄 张凤国摄", "", "", null, null)]
    [InlineData("一审:李红梅   二审:陈建   三审:赵国强", "", "李红梅 陈建 赵国强", null, null)] // a site's three reviews, each label's names
    [InlineData("初審：林美玲 複審：黃志明 終審：張大同", "", "林美玲 黃志明 張大同", null, null)]
    public void Labelled_lines_give_people_source_and_date(string line, string authors, string editors, string? source, string? published)
    {
        var findings = new BylineFindings();
        Byline.Read(line, findings);
        Assert.Equal(authors, string.Join(' ', findings.Authors));
        Assert.Equal(editors, string.Join(' ', findings.Editors));
        Assert.Equal(source, findings.Source);
        Assert.Equal(published, Format(findings.Published));
    }

    [Theory]
    [InlineData("第A04版：小记者训练营", "")]
    [InlineData("舉行記者會 記者丁雲平", "丁雲平")]
    public void A_word_containing_the_reporter_label_is_no_byline(string line, string authors)
    {
        var findings = new BylineFindings();
        Byline.Read(line, findings);
        Assert.Equal(authors, string.Join(' ', findings.Authors));
    }

    [Theory]
    [InlineData("新疆经济报讯(记者张治立\u00A0于熙报道)不辱使命、不负重托。", "张治立 于熙")]
    [InlineData("新京报快讯（记者裴剑飞）今日（12月28日）有网友爆料。", "裴剑飞")]
    [InlineData("新京报讯（记者 彭冲）山东冠县报道", "彭冲")]
    [InlineData("今日（12月28日）有网友爆料。", "")]
    [InlineData("本报运城1月25日讯(记者 吕游 通讯员 薛建英 李文龙)1月23日,绛县农发行扶贫工作队全体成员深入扶贫帮扶村", "吕游 薛建英 李文龙")]
    [InlineData("儀隴新聞網訊(黃河江 鄧莉萍 黃驍)“哎呀!你們好早哦,請坐請坐。”", "黃河江 鄧莉萍 黃驍")]
    [InlineData("新华网讯(新华社)今日有网友爆料。", "")]
    [InlineData("新京报讯（记者 彭冲 冠县报道）今日有网友爆料。", "彭冲")]
    [InlineData("新华网讯(图)今日有网友爆料。", "")]
    public void Reporters_are_read_from_the_lead(string paragraph, string expected)
    {
        var findings = new BylineFindings();
        Byline.ReadLead(paragraph, findings);
        Assert.Equal(expected, string.Join(' ', findings.Authors));
    }

    [Theory]
    [InlineData("推动云南工业高质量发展。（记者 胡晓蓉）", "胡晓蓉")]
    [InlineData("组委会还成立了投资、融资俱乐部。(信报记者 蔡雪婧)", "蔡雪婧")]
    [InlineData("过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）", "常书香 马丹阳")]
    [InlineData("全文完。（新华社）", "")]
    [InlineData("村民在田里劳作。（图）", "")]
    public void Reporters_are_read_from_the_end_of_the_article(string paragraph, string expected)
    {
        var findings = new BylineFindings();
        Byline.ReadTail(paragraph, findings);
        Assert.Equal(expected, string.Join(' ', findings.Authors));
    }

    [Theory]
    [InlineData("2019-09-07T13:43:45+08:00", "2019-09-07T13:43:45+08:00")]
    [InlineData("2022-02-06T12:48:06Z", "2022-02-06T12:48:06Z")]
    [InlineData("2022-01-28 00:00:00", "2022-01-28T00:00:00")]
    [InlineData("2019-9-7 21:30:50", "2019-09-07T21:30:50")]
    [InlineData("2017-03-10", "2017-03-10")]
    [InlineData("2019-02-30", null)]
    public void Meta_tag_dates_keep_their_precision_and_offset(string value, string? expected) =>
        Assert.Equal(expected, Format(Byline.ParseMachineDate(value)));

    private static string? Format(PublishedStamp? stamp)
    {
        if (stamp is not { } s)
        {
            return null;
        }
        var metadata = new DocumentMetadata
        {
            PublishedDate = s.Date,
            PublishedTime = s.Time,
            PublishedTimeHasSeconds = s.HasSeconds,
            PublishedOffset = s.Offset,
        };
        return metadata.Published;
    }

    [Fact]
    public void A_furniture_label_in_an_unknown_place_fails_the_list_by_name()
    {
        var good = new WorkTeam.Extraction.Resources.WordList("furniture-labels", ["label", "where"], [["分享到", "start end"]]);
        Assert.StartsWith("^分享到|分享到$|", BylineWords.FurniturePattern(good), StringComparison.Ordinal);
        var bad = new WorkTeam.Extraction.Resources.WordList("furniture-labels", ["label", "where"], [["分享到", "sideways"]]);
        var error = Assert.Throws<WorkTeam.Extraction.Resources.ResourceLoadException>(() => BylineWords.FurniturePattern(bad));
        Assert.Contains("furniture-labels: 'sideways' is no place a label stands", error.Message);
    }

    // One test of a photographer's credit for a byline and for the bracketed credit closing a caption (CopiedPageReader): the
    // mark closing the credit, or opening it as its label; a caption's credit was read by a mark anywhere inside it (摄制组).
    [Theory]
    [InlineData("新华社记者兰红光摄", true)]
    [InlineData("（新華社記者蘭紅光攝）", true)]
    [InlineData("攝影:周立文", true)]
    [InlineData("(摄影：周立文)", true)]
    [InlineData("摄影 周立文", true)]
    [InlineData("(記者任昱炎攝於西辛莊村)", true)]
    [InlineData("记者任昱炎摄于西辛庄村", true)]
    [InlineData("記者 王小明 攝影 李大同", false)]
    [InlineData("摄制组供图", false)]
    [InlineData("本片由摄制组拍摄制作", false)]
    [InlineData("气温达摄氏38度", false)]
    [InlineData("记者 韩莎莎", false)]
    public void A_photo_credit_closes_with_the_mark_or_opens_with_it_as_its_label(string credit, bool photo) =>
        Assert.Equal(photo, Byline.IsPhotoCredit(credit));
}
