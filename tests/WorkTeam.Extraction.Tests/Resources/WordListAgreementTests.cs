using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Tests.Resources;

/// <summary>
/// The reviewed word lists (src/Extraction/**/Data/*.tsv) load, and the lists that must agree with each
/// other do: a linguist who edits one list and forgets its partner gets a failing test, not a silent drift.
/// </summary>
public sealed class WordListAgreementTests
{
    /// <summary>Noun classifiers that are no place: they need no place suffix (镇街 is 镇 and 街道 together).</summary>
    private static readonly HashSet<string> NounsThatAreNoPlace = ["国", "校", "单位", "地", "部门", "镇街", "朝"];

    private static HashSet<string> PlaceSuffixes() => [.. WordLists.Get("place-suffixes").Values()];

    [Fact]
    public void Every_noun_classifier_that_names_an_administrative_unit_is_a_place_suffix()
    {
        var suffixes = PlaceSuffixes();
        var words = WordLists.Get("measure-words");
        var nouns = words.Where("class", "noun").Select(r => r[words.Column("unit")]).Distinct().ToList();
        Assert.Contains("县", nouns);
        // 乡镇 is 乡 and 镇 together; 社区 and 街道 are suffixes themselves.
        var strays = nouns.Where(n => !NounsThatAreNoPlace.Contains(n) && !suffixes.Contains(n) && !n.All(c => suffixes.Contains(c.ToString()))).ToList();
        Assert.Empty(strays);
    }

    [Fact]
    public void A_noun_classifier_that_is_a_place_suffix_has_the_suffix_traditional_form_too()
    {
        var suffixes = WordLists.Get("place-suffixes");
        var words = WordLists.Get("measure-words");
        var forms = words.Rows.ToDictionary(r => r[0], r => r[words.Column("unit")]);
        var missing = suffixes.Rows
            .Where(r => forms.TryGetValue(r[0], out var unit) && unit == r[0] && words.Where("class", "noun").Any(w => w[0] == r[0]))
            .Where(r => !forms.TryGetValue(r[suffixes.Column("traditional")], out var unit) || unit != r[0])
            .Select(r => r[0] + "/" + r[suffixes.Column("traditional")])
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void A_corps_company_team_or_regiment_is_a_place_and_never_a_count_unit()
    {
        // 六连, 二队, 一四七团 name places (facts.md: the Corps' 连/队 are villages); the count side must block them.
        var notUnits = WordLists.Get("not-units").Values().ToHashSet();
        var corps = WordLists.Get("place-suffixes").Where("use", "chain").Select(r => r[0]).Where(s => s is "团" or "队" or "连").ToList();
        Assert.Equal(["团", "队", "连"], corps);
        Assert.All(corps, s => Assert.Contains(s, notUnits));
        var countUnits = WordLists.Get("measure-words").Values().ToHashSet();
        Assert.DoesNotContain(countUnits, corps.Contains);
    }

    [Fact]
    public void Every_unit_opener_opens_with_a_one_character_unit_and_is_no_unit_itself()
    {
        var units = WordLists.Get("measure-words").Values().Concat(WordLists.Get("currencies").Values()).ToHashSet();
        var openers = WordLists.Get("unit-openers").Values().ToList();
        var dead = openers.Where(w => w.Length != 2 || !units.Contains(w[..1]) || units.Contains(w)).ToList();
        Assert.Empty(dead);
    }

    [Fact]
    public void Every_slogan_opens_with_a_numeral_and_every_idiom_holds_one()
    {
        var list = WordLists.Get("not-facts");
        Assert.Contains("八项任务", list.Values());
        Assert.Contains("约法三章", list.Values());
        var slogans = list.Where("kind", "name").Select(r => r[0]).ToList();
        var strays = slogans.Where(p => !NumeralChars.NumberStarts.Contains(p[0])).ToList();
        Assert.Empty(strays);
        var idioms = list.Where("kind", "idiom").Select(r => r[0]).ToList();
        var numberless = idioms.Where(p => p.AsSpan().IndexOfAny(NumeralChars.NumberStarts) < 0).ToList();
        Assert.Empty(numberless);
    }

    [Fact]
    public void The_grammar_sets_that_join_numbers_hold_the_range_mark_words()
    {
        var words = string.Concat(WordLists.Get("range-marks").Where("kind", "word").Select(r => r[0]));
        foreach (var set in new[] { "coordinators", "ordinal-chain" })
        {
            var chars = WorkTeam.Extraction.Facts.Grammar.CharsOf(set);
            Assert.All(words, w => Assert.Contains(w, chars));
        }
        var joiners = WorkTeam.Extraction.Facts.Grammar.CharsOf("count-joiners");
        Assert.All(joiners, j => Assert.Contains(j, WorkTeam.Extraction.Facts.Grammar.CharsOf("coordinators")));
    }

    [Fact]
    public void Every_colloquial_yuan_phrase_opens_with_the_count_measure_word_kuai()
    {
        var units = WordLists.Get("measure-words").Rows.ToDictionary(r => r[0], r => (Unit: r[1], Class: r[2]));
        var phrases = WordLists.Get("colloquial-yuan").Values().ToList();
        Assert.NotEmpty(phrases);
        var stray = phrases.Where(p => !units.TryGetValue(p[..1], out var u) || u.Unit != "块" || u.Class is "measure" or "percent").ToList();
        Assert.Empty(stray);
    }

    [Fact]
    public void Every_not_count_head_opens_with_a_one_character_count_measure_word()
    {
        var counts = WordLists.Get("measure-words").Rows
            .Where(r => r[2] is not ("measure" or "percent")).Select(r => r[0]).ToHashSet();
        var heads = WordLists.Get("not-count-heads").Values().ToList();
        var dead = heads.Where(h => h.Length < 2 || !counts.Contains(h[..1])).ToList();
        Assert.Empty(dead);
    }

    [Fact]
    public void Every_measure_word_has_a_known_class_and_one_unit_per_form()
    {
        var words = WordLists.Get("measure-words");
        string[] classes = ["individual", "collective", "container", "partitive", "verbal", "compound", "noun", "measure", "percent"];
        var unknown = words.Values("class").Where(c => !classes.Contains(c)).ToList();
        Assert.Empty(unknown);
        Assert.Equal(words.Rows.Length, words.Values().Distinct().Count());
        Assert.Equal(["趟", "遍"], words.Where("class", "verbal").Select(r => r[0]).Where(f => f is "趟" or "遍"));
        Assert.Contains(words.Where("class", "compound"), r => r[0] == "台套");
    }

    [Fact]
    public void Every_byline_word_has_known_uses_and_one_row()
    {
        // One list serves the byline reader and the person recognizer: a misspelt use drops a word from both silently.
        var labels = WordLists.Get("byline-labels");
        string[] uses = ["source", "editor", "author", "reporter", "credit", "author-credit", "pair-credit", "strip", "filed", "dateline", "interview",
            "title", "no-label", "credit-label", "credit-tail", "credit-dateline", "credit-news", "photo", "photo-at"];
        var unknown = labels.Values("uses").SelectMany(u => u.Split(' ')).Where(u => !uses.Contains(u)).ToList();
        Assert.Empty(unknown);
        Assert.Equal(labels.Rows.Length, labels.Values().Distinct().Count());
    }

    [Fact]
    public void The_person_recognizer_reads_its_credit_words_from_the_byline_list_in_its_order()
    {
        // 通讯员 before 特约通讯员, 责任编辑 before 编辑, 副总监制 before 总监制 before 监制: the first label ending where a name starts wins.
        // 报导 is the simplified view of 報導 (記者謝月琴台灣宜蘭報導).
        Assert.Equal(
            ["责任编辑", "责编", "编辑", "作者", "撰稿", "审稿", "记者", "通讯员", "报道员", "摄影", "特约通讯员", "副总监制", "总监制", "监制", "摄像", "审核", "一审", "二审", "三审", "初审", "复审", "终审", "校对", "实习生", "主编", "□", "■", "◎"],
            global::WorkTeam.Extraction.Entities.PersonRecognizer.CreditWords("credit-label"));
        Assert.Equal(["摄", "报道", "供稿", "报导"], global::WorkTeam.Extraction.Entities.PersonRecognizer.CreditWords("credit-tail"));
        Assert.Equal(["电", "讯"], global::WorkTeam.Extraction.Entities.PersonRecognizer.CreditWords("credit-dateline"));
    }

    [Fact]
    public void Every_byline_stop_word_is_a_furniture_label_opens_one_or_closes_a_credited_name()
    {
        // Two lists, two jobs: furniture-labels decides whether a whole short line is page furniture, with where each
        // label must stand; byline-stop-words cuts a run of names at the first word of the next label (霍琦来源：新京报).
        // Neither derives from the other (二维码 and 首页 end no name; 责任 and 发布 are no labels by themselves), but
        // every word that ends a name must be one a byline line holds: a furniture label, the start of one (责任 of
        // 责任编辑, 发布 of 发布时间), or a byline word that closes a credited name (报道, use strip in byline-labels).
        var furniture = WordLists.Get("furniture-labels").Values().ToList();
        var labels = WordLists.Get("byline-labels");
        var stripping = labels.Rows.Where(r => r[labels.Column("uses")].Split(' ').Contains("strip")).Select(r => r[0]).ToHashSet();
        var stops = WordLists.Get("byline-stop-words").Values().ToList();
        Assert.Contains("来源", stops);
        Assert.Contains("责任", stops);
        Assert.Contains("报道", stops);
        var strays = stops.Where(w => !furniture.Any(f => f.StartsWith(w, StringComparison.Ordinal)) && !stripping.Contains(w)).ToList();
        Assert.Empty(strays);
    }

    [Fact]
    public void A_byline_word_ends_a_name_in_both_scripts()
    {
        // The name reader cuts the page's own text, not a simplified view: a stop word in one script needs its
        // other-script form wherever the byline lists know that form (字体 and 字體, 通讯员 and 通訊員, 报道 and 報道).
        var stops = WordLists.Get("byline-stop-words").Values().ToHashSet();
        var known = WordLists.Get("furniture-labels").Values().Concat(WordLists.Get("byline-labels").Values()).Distinct();
        var missing = known.Where(w => !stops.Contains(w) && stops.Contains(global::WorkTeam.Extraction.Text.ScriptConverter.Default.ToSimplified(w))).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_speaker_verb_is_listed_once_and_not_again_among_the_name_followers()
    {
        // One list of what may follow a name, in two files by what it proves: the person recognizer reads every
        // speaker verb (韩拥军说: a Han name at a clause start is a person) as a name follower too (…买提说: a
        // transliterated name ends there), so a verb is listed in speaker-verbs.tsv only. A second copy in
        // name-followers.tsv would be the drift this test guards against (they shared 11 words before).
        var speakers = WordLists.Get("speaker-verbs").Values().ToHashSet();
        var followers = WordLists.Get("name-followers").Values().ToList();
        Assert.Contains("说", speakers);
        Assert.Contains("高兴", followers);
        Assert.DoesNotContain(followers, speakers.Contains);
    }

    [Fact]
    public void Every_list_keyed_by_a_place_suffix_keys_one_and_an_anaphor_takes_the_suffix_level()
    {
        // place-suffix-leaders (超市, 故乡), place-suffix-followers (村民, 市场), place-title-followers (省委, 市长) and
        // anaphor-suffixes (该县) are read only after a place suffix matched: a key that is no suffix is dead.
        var suffixes = WordLists.Get("place-suffixes");
        var levels = suffixes.Rows.ToDictionary(r => r[0], r => r[suffixes.Column("level")]);
        foreach (var name in new[] { "place-suffix-leaders", "place-title-followers", "anaphor-suffixes" })
        {
            var dead = WordLists.Get(name).Values().Where(k => !levels.ContainsKey(k)).ToList();
            Assert.True(dead.Count == 0, $"{name}: {string.Join(' ', dead)}");
        }
        // place-suffix-followers is keyed by a suffix's last character (落 for 部落: 部落格 is a blog).
        var lastCharacters = levels.Keys.Select(k => k[^1..]).ToHashSet();
        var deadFollowers = WordLists.Get("place-suffix-followers").Values().Where(k => !lastCharacters.Contains(k)).ToList();
        Assert.True(deadFollowers.Count == 0, $"place-suffix-followers: {string.Join(' ', deadFollowers)}");
        var anaphors = WordLists.Get("anaphor-suffixes");
        var wrong = anaphors.Rows.Where(r => levels[r[0]] != r[anaphors.Column("level")]).Select(r => r[0]).ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_one_character_administrative_head_of_an_organisation_is_an_administrative_place_suffix()
    {
        // org-administrative-heads (州党委老干部局, 自治区教育厅) and place-suffix-leaders share their one-character
        // entries only because both name administrative levels; they are different lists (words opening an
        // organisation's name; characters before a suffix that make a common noun) and neither derives from the other.
        // What must hold: a one-character head names a level the place recognizer knows as a suffix (县委 is the
        // county's), so a level added on one side is not misspelt on the other.
        var suffixes = WordLists.Get("place-suffixes");
        var levels = suffixes.Rows.Where(r => r[suffixes.Column("level")] is "province" or "prefecture" or "county" or "township")
            .Select(r => r[0]).ToHashSet();
        var heads = WordLists.Get("org-administrative-heads").Values().Where(h => h.Length == 1).ToList();
        Assert.Contains("县", heads);
        Assert.Contains("州", heads);
        Assert.All(heads, h => Assert.Contains(h, levels));
    }

    [Fact]
    public void Every_masthead_ending_ends_a_site_or_organisation_name()
    {
        // mastheads (the organisation recognizer: the medium of a dateline, 新疆经济报讯) is not a copy of
        // site-name-endings (the byline reader: 人民网, 新华社, 客户端), which holds more; but a medium read from a
        // dateline is a site, paper or agency, so its last character must end such a name for the byline reader too.
        var endings = WordLists.Get("site-name-endings").Values().ToHashSet();
        var mastheads = WordLists.Get("mastheads").Values().ToList();
        Assert.Contains("报", mastheads);
        Assert.All(mastheads, m => Assert.Contains(m, endings));
    }

    [Fact]
    public void A_list_that_does_not_exist_is_a_resource_error_with_its_name()
    {
        var e = Assert.Throws<ResourceLoadException>(() => WordLists.Get("no-such-list"));
        Assert.Equal("WorkTeam.wordlists.bin", e.ResourceName);
        Assert.Contains("no-such-list", e.Message, StringComparison.Ordinal);
    }
}
