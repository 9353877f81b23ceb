namespace WorkTeam.Cli.Tests;

public class PlaceCommandTests
{
    [Fact]
    public void A_traditional_county_name_prints_its_level_and_parents()
    {
        var stdout = new StringWriter();
        int code = WorkTeamCommand.Run(["place", "民豐縣"], TextReader.Null, stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal("民豐縣\t民丰县\tcounty\t653227\t和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n",
            stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_name_is_named_and_exits_1()
    {
        var stderr = new StringWriter();
        int code = WorkTeamCommand.Run(["place", "不存在"], TextReader.Null, new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.Equal("workteam place: 不存在: not a known place\n", stderr.ToString().ReplaceLineEndings("\n"));
    }
}

public class PlaceChainTests
{
    [Fact]
    public void A_chain_the_gazetteer_lacks_is_read_place_by_place_up_to_the_country()
    {
        var stdout = new StringWriter();
        int code = WorkTeamCommand.Run(["place", "民豐縣若克雅鄉勞光村"], TextReader.Null, stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal(
            "民豐縣\t民丰县\tcounty\t653227\t和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n" +
            "若克雅鄉\t若克雅乡\ttownship\t653227201\t民丰县 (county) < 和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n" +
            "勞光村\t劳光村\tvillage\t653227201200\t若克雅乡 (township) < 民丰县 (county) < 和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n",
            stdout.ToString().ReplaceLineEndings("\n"));
    }
}

public class PlaceListingTests
{
    private static (int Code, string Out) Run(params string[] args)
    {
        var stdout = new StringWriter();
        int code = WorkTeamCommand.Run(args, TextReader.Null, stdout, new StringWriter());
        return (code, stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_village_name_lists_every_unit_that_bears_it()
    {
        var (code, output) = Run("place", "民丰村");
        Assert.Equal(0, code);
        // 38 villages are named 民丰村 in the NBS 2023 list (村委会, 村民委员会, 村村民委员会 alike).
        Assert.Equal(38, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Within_a_region_narrows_the_list()
    {
        Assert.Equal((0, "民丰村\t民丰村\tvillage\t653221100222\t巴格其镇 (township) < 和田县 (county) < 和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n"),
            Run("place", "民丰村", "--within", "新疆"));
        Assert.Equal(Run("place", "民丰村", "--within", "新疆"), Run("place", "民丰村", "--within", "65"));
    }

    [Fact]
    public void Json_gives_the_code_and_the_parents_codes()
    {
        var (code, output) = Run("place", "勞光村", "--within", "653227", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("{\"query\":\"勞光村\",\"name\":\"劳光村\",\"level\":\"village\",\"code\":\"653227201200\",\"parents\":[" +
            "{\"name\":\"若克雅乡\",\"level\":\"township\",\"code\":\"653227201\"},{\"name\":\"民丰县\",\"level\":\"county\",\"code\":\"653227\"}," +
            "{\"name\":\"和田地区\",\"level\":\"prefecture\",\"code\":\"6532\"},{\"name\":\"新疆维吾尔自治区\",\"level\":\"province\",\"code\":\"65\"}," +
            "{\"name\":\"中国\",\"level\":\"country\"}]}\n", output);
    }
}
