using System.Text;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>
/// Long inputs: a report pasted as one line, or a whole export with no line breaks. Each sentence names a
/// new person and a new village and names the person again, so the names learned grow with the text; a
/// search per learned name, or an overlap check against every mention found, made the time grow with the
/// square of the length (a 4 MB line took 53 s, 50 MB did not finish).
/// </summary>
public sealed class LongInputTests
{
    /// <summary>
    /// Not a speed goal (those live in benchmarks/): a guard against the quadratic look-back these tests were
    /// written for, which takes hours on these inputs. Linear work takes seconds of the test thread's CPU time
    /// (<see cref="ThreadTime"/>: the wall clock passed two minutes at load 40–50).
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚";
    private const string GivenChars = "建华明军伟勇志强平红玉秀芳丽静敏杰涛斌超波辉刚健峰磊鹏飞亮成德洋";
    private const string VillageChars = "阿克托麦提库尔巴扎吾斯塘喀拉苏木";

    private static string Sentence(int i, out string person, out string village)
    {
        var given = GivenChars.Length;
        person = $"{Surnames[i / (given * given) % Surnames.Length]}{GivenChars[i / given % given]}{GivenChars[i % given]}";
        var v = VillageChars.Length;
        village = $"{VillageChars[i / (v * v) % v]}{VillageChars[i / v % v]}{VillageChars[i % v]}村";
        return $"第一书记{person}带领工作队员到{village}，{person}说：大家好。";
    }

    private static string OneLine(int minimumChars, out int sentences)
    {
        var text = new StringBuilder();
        sentences = 0;
        while (text.Length < minimumChars)
        {
            text.Append(Sentence(sentences++, out _, out _));
        }
        return text.ToString();
    }

    [Fact]
    public void Each_generated_sentence_gives_its_person_twice_and_its_village()
    {
        var text = Sentence(1234, out var person, out var village);
        var facts = new EntityExtractor().Extract(text, FactKinds.Person | FactKinds.Place);
        Assert.Equal(
            [
                (FactKinds.Person, 4, 7, person, "第一书记"),
                (FactKinds.Place, 14, 18, village, null),
                (FactKinds.Person, 19, 22, person, null),
            ],
            facts.Select(f => (f.Kind, f.Start, f.End, f.Name, f.Subject)));
    }

    [Fact]
    public void A_four_megabyte_line_with_a_new_name_in_every_sentence_is_read_in_linear_time()
    {
        // About 4 MB in UTF-8 (three bytes a character): a few seconds of CPU when linear, hours when quadratic.
        var text = OneLine(1_400_000, out var sentences);
        var (facts, took) = ThreadTime.Of(() => new EntityExtractor().Extract(text, FactKinds.Entities));
        Assert.True(took < HangGuard, $"{text.Length} characters took {took}");
        Assert.Equal(2 * sentences, facts.Count(f => f.Kind == FactKinds.Person));
        Assert.Equal(sentences, facts.Count(f => f.Kind == FactKinds.Place));
    }

    [Fact]
    public void A_four_megabyte_line_without_punctuation_is_read_in_linear_time()
    {
        // No sentence or clause ends: each team and each 该村 once looked back to the start of the text.
        const string Sentence = "自治区教育厅驻库车县玉奇吾斯塘乡玉奇吾斯塘村工作队走访了该村的";
        var text = new StringBuilder();
        var sentences = 0;
        while (text.Length < 1_400_000)
        {
            text.Append(Sentence);
            sentences++;
        }
        var (facts, took) = ThreadTime.Of(() => new EntityExtractor().Extract(text.ToString(), FactKinds.Entities));
        Assert.True(took < HangGuard, $"{text.Length} characters took {took}");
        Assert.Equal(3 * sentences, facts.Count(f => f.Kind == FactKinds.Place));
        Assert.Equal(("自治区教育厅", "玉奇吾斯塘村"), facts.Where(f => f.Kind == FactKinds.Team).Select(f => (f.Name, f.Station)).First());
    }

    [Fact]
    public void A_line_of_villages_each_receiving_its_team_gives_every_team_its_station()
    {
        // The receive rule's guards (WorkTeamRecognizer.Receive.cs) once walked every body and place of the line for
        // each team: a hang on this line. Each sentence's village is its team's station.
        const string Sentence = "李家村迎来了县财政局驻村工作队。";
        var text = new StringBuilder();
        var sentences = 0;
        while (text.Length < 1_400_000)
        {
            text.Append(Sentence);
            sentences++;
        }
        var teams = new EntityExtractor().Extract(text.ToString(), FactKinds.Team);
        Assert.Equal(sentences, teams.Count(f => f.Name == "县财政局" && f.Station == "李家村"));
        Assert.Equal(sentences, teams.Count);
        Assert.Equal((6, 15), (teams[0].Start, teams[0].End));
        Assert.Equal(((sentences - 1) * Sentence.Length + 6, (sentences - 1) * Sentence.Length + 15), (teams[^1].Start, teams[^1].End));
    }

    [Fact]
    public void A_line_listing_names_by_the_hundred_thousand_is_read_in_linear_time()
    {
        // Each listed item once looked for a person ending or starting at it through every person found so far.
        string[] names = ["黄诚", "俞红", "吴金涛", "季赟"];
        var text = new StringBuilder("镇领导");
        var listed = 0;
        while (text.Length < 2_400_000)
        {
            text.Append(names[listed % names.Length]).Append('、');
            listed++;
        }
        text.Append("分别讲话。");
        var (facts, took) = ThreadTime.Of(() => new EntityExtractor().Extract(text.ToString(), FactKinds.Person));
        Assert.True(took < HangGuard, $"{listed} names took {took}");
        Assert.Equal(listed, facts.Count);
        Assert.Equal(("黄诚", 3, 5), (facts[0].Name, facts[0].Start, facts[0].End));
        Assert.Equal(names[(listed - 1) % names.Length], facts[^1].Name);
    }

    [Fact]
    public void A_line_repeating_known_bodies_keeps_each_body_and_drops_each_generic_name_after_one()
    {
        // Every 国务院扶贫办 is two known-body hits (国务院, 国务院扶贫办) and every 农委会农地银行 a name the suffix scan
        // read across a known body and a generic one (农地银行): checking each name against every hit of the line, and
        // removing the dropped ones one by one, once took the square of the line's length.
        var text = new StringBuilder();
        var repeats = 0;
        while (text.Length < 1_400_000)
        {
            text.Append("国务院扶贫办，农委会农地银行，");
            repeats++;
        }
        var facts = new EntityExtractor().Extract(text.ToString(), FactKinds.Organization);
        Assert.Equal(2 * repeats, facts.Count);
        Assert.Equal(repeats, facts.Count(f => f.Name == "国务院扶贫办"));
        Assert.Equal(repeats, facts.Count(f => f.Name == "农委会"));
        Assert.Equal([("国务院扶贫办", 0, 6), ("农委会", 7, 10)], facts.Take(2).Select(f => (f.Name, f.Start, f.End)));
        Assert.Equal(("农委会", text.Length - 8, text.Length - 5), (facts[^1].Name, facts[^1].Start, facts[^1].End));
    }

    [Fact]
    public void Every_occurrence_of_every_name_is_found_in_one_pass()
    {
        string[] names = ["张应勋", "应勋", "劳光村", "光村", "阿阿"];
        var hits = new NameSearch(names).FindAll("张应勋到劳光村，张应勋说阿阿阿阿阿");
        Assert.Equal(
            [
                new NameOccurrence(0, 3, 0), new NameOccurrence(8, 11, 0),
                new NameOccurrence(1, 3, 1), new NameOccurrence(9, 11, 1),
                new NameOccurrence(4, 7, 2),
                new NameOccurrence(5, 7, 3),
                new NameOccurrence(12, 14, 4), new NameOccurrence(14, 16, 4),
            ],
            hits);
    }

    [Fact]
    public void A_taken_span_overlaps_only_what_touches_its_characters()
    {
        using var taken = new TakenSpans(10);
        taken.Take(3, 5);
        Assert.True(taken.Overlaps(4, 8));
        Assert.True(taken.Overlaps(0, 4));
        Assert.False(taken.Overlaps(5, 9));
        Assert.False(taken.Overlaps(0, 3));
    }
}
