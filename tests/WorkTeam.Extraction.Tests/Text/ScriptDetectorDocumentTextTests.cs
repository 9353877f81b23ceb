using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

/// <summary>Script detection on the kinds of text documents carry: stray forms, characters both scripts share.</summary>
public sealed class ScriptDetectorDocumentTextTests
{
    [Theory]
    [InlineData("这个村的工作队发展了产业", Script.Simplified)]
    [InlineData("這個村的工作隊發展了產業", Script.Traditional)]
    [InlineData("这个村的工作队。這個村的工作隊。", Script.Mixed)]
    [InlineData("Work team 2021", Script.Unknown)]
    [InlineData("", Script.Unknown)]
    // 于, 后, 里 and 云 are proper traditional characters too: they do not make traditional text mixed.
    [InlineData("三個村于2017年整村脫貧,為后期工作開展奠定基礎,直掛云帆", Script.Traditional)]
    public void Script_is_decided_by_characters_of_one_script_only(string text, Script expected) =>
        Assert.Equal(expected, ScriptDetector.Detect(text));

    [Fact]
    public void A_stray_simplified_character_in_traditional_text_is_not_a_mix() =>
        Assert.Equal(Script.Traditional, ScriptDetector.Detect("這個村的工作隊發展了產業,幫助貧困戶脫貧,这"));
}
