using WorkTeam.Extraction.Links;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

/// <summary>
/// A word list split by first character (the linker's counted nouns and actions, the counts' village words) answers
/// as the list read word by word: the first word of the list, in its order, that the text starts with.
/// </summary>
public sealed class WordsByFirstTests
{
    [Fact]
    public void The_first_word_of_the_list_that_the_text_starts_with_is_found()
    {
        var words = new WordsByFirst(["建设项目", "建设", "资金", "建"]);
        Assert.Equal("建设项目", words.At("建设项目资金"));
        Assert.Equal("建设", words.At("建设资金"));
        Assert.Equal("建", words.At("建材"));
        Assert.Equal("资金", words.At("资金"));
        Assert.Null(words.At("投入"));
        Assert.Null(words.At(""));
        Assert.True(words.StartsWithAny("建材"));
        Assert.False(words.StartsWithAny("投入"));
    }

    [Fact]
    public void An_empty_word_is_refused()
    {
        // No list holds one (their keys are never empty): a word with no first or last character is a mistake of the caller.
        Assert.Throws<ArgumentException>(() => new WordsByFirst(["资金", ""]));
    }

    [Fact]
    public void The_linker_lists_answer_as_read_word_by_word()
    {
        foreach (var (list, byFirst) in new[] { (LinkWords.Counted, LinkWords.CountedByFirst), (LinkWords.Actions, LinkWords.ActionsByFirst) })
        {
            foreach (var word in list)
            {
                foreach (var text in new[] { word + "的", word[..1] + "的", word[..^1] })
                {
                    Assert.Equal(LinkWords.At(text, 0, list), LinkWords.At(text, 0, byFirst));
                }
            }
        }
    }
}
