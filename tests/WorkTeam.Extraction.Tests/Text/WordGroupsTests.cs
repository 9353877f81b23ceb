using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

/// <summary>
/// Words grouped by their last character (the person finder's roles and descriptors): each group keeps the list's order,
/// so the first of a group that a text ends with is the list's first.
/// </summary>
public sealed class WordGroupsTests
{
    [Fact]
    public void Words_grouped_by_their_last_character_keep_the_list_order()
    {
        var byLast = WordGroups.ByLastChar(["村长", "长", "队员", "第一书记", "副队长"]);
        Assert.Equal(["村长", "长", "副队长"], byLast['长']);
        Assert.Equal(["队员"], byLast['员']);
        Assert.Equal(["第一书记"], byLast['记']);
        Assert.False(byLast.ContainsKey('村'));
    }

    [Fact]
    public void An_empty_word_is_refused()
    {
        // No list holds one: a word with no last character is a mistake of the caller.
        Assert.Throws<ArgumentException>(() => WordGroups.ByLastChar(["村长", ""]));
    }
}
