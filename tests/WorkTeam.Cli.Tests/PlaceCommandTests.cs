namespace WorkTeam.Cli.Tests;

public class PlaceCommandTests
{
    [Fact]
    public void A_traditional_county_name_prints_its_level_and_parents()
    {
        var stdout = new StringWriter();
        int code = WorkTeamCommand.Run(["place", "民豐縣"], TextReader.Null, stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal("民豐縣\t民丰县\tcounty\t和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n",
            stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_name_is_named_and_exits_1()
    {
        var stderr = new StringWriter();
        int code = WorkTeamCommand.Run(["place", "不存在"], TextReader.Null, new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.Equal("workteam place: 不存在: not in the gazetteer and not read as a place\n", stderr.ToString().ReplaceLineEndings("\n"));
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
            "民豐縣\t民丰县\tcounty\t和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n" +
            "若克雅鄉\t若克雅乡\ttownship\t民丰县 (county) < 和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n" +
            "勞光村\t劳光村\tvillage\t若克雅乡 (township) < 民丰县 (county) < 和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n",
            stdout.ToString().ReplaceLineEndings("\n"));
    }
}
