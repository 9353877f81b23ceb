using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

/// <summary>
/// The character classes come from one list (Data/char-classes.tsv), each character once with its classes
/// marked, so the three stop sets (function, chain stop, person stop) can no longer drift apart.
/// </summary>
public sealed class TextClassesTests
{
    private static string Members(string column)
    {
        var list = WordLists.Get("char-classes");
        var i = list.Column(column);
        return string.Concat(list.Rows.Where(r => r[i].Length > 0).Select(r => r[0]));
    }

    [Fact]
    public void The_chain_and_person_stops_are_the_function_characters_less_those_names_hold()
    {
        var function = Members("function");
        Assert.Equal("向也进去后任得往入处至者均像较令当如", string.Concat(function.Where(c => !Members("chain_stop").Contains(c))));
        Assert.Equal("进去任得入处均像较令当如", string.Concat(function.Where(c => !Members("person_stop").Contains(c))));
        Assert.DoesNotContain(Members("chain_stop"), c => !function.Contains(c));
        Assert.DoesNotContain(Members("person_stop"), c => !function.Contains(c));
    }

    [Fact]
    public void The_classes_answer_from_the_list()
    {
        Assert.Equal(70, Members("function").Length);
        Assert.True(TextClasses.IsFunction('向'));
        Assert.True(TextClasses.IsChainChar('向'));
        Assert.False(TextClasses.IsPersonChar('向'));
        Assert.True(TextClasses.IsPersonChar('得'));
        Assert.False(TextClasses.IsChainChar('的'));
        Assert.True(TextClasses.ChineseDigits.Contains('两'));
        Assert.True(TextClasses.Coordinators.Contains('、'));
        Assert.True(TextClasses.PlaceLead.Contains('赴'));
        Assert.False(TextClasses.PlaceLead.Contains('村'));
        Assert.True(TextClasses.OrgLead.Contains('经'));
        Assert.False(TextClasses.OrgLead.Contains('于'));
    }

    [Theory]
    [InlineData('。', true)]
    [InlineData('；', true)]
    [InlineData(';', true)]
    [InlineData('\n', true)]
    [InlineData('?', true)]
    [InlineData('，', false)]
    [InlineData('、', false)]
    public void Sentence_ends_include_semicolons(char c, bool end) => Assert.Equal(end, TextClasses.IsSentenceEnd(c));
}
