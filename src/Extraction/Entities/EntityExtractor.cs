using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Recognition;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Extracts places, organisations, people and work teams from a text as <see cref="Fact"/> records:
/// <c>Text</c> and offsets in the original script, <c>Name</c> in simplified script. Traditional text is read
/// through its simplified view (<see cref="ScriptConverter"/>, or a view the caller made). Immutable and
/// thread-safe.
/// </summary>
public sealed class EntityExtractor
{
    private readonly PlaceRecognizer places;
    private readonly Gazetteer gazetteer; // the places' own: the division codes read its short forms too
    private readonly Func<string, string>? toSimplified;
    private readonly Func<string, IEnumerable<(int Start, int End)>>? placeHints;

    /// <summary>Creates an extractor.</summary>
    /// <param name="gazetteer">The places to know by name; <see cref="Gazetteer.Default"/> when null.</param>
    /// <param name="toSimplified">
    /// Converts traditional to simplified script keeping the length (character by character), in place of
    /// the library's <see cref="ScriptConverter"/>; when null, <see cref="ScriptConverter.Default"/> makes the view.
    /// </param>
    /// <param name="placeHints">
    /// Optional: given the simplified view, the spans a part-of-speech tagger calls places (jieba's <c>ns</c>).
    /// A hinted span that no rule found and that overlaps no place found is reported too. The rules work
    /// without it; leave it null unless the tagger's precision on your texts is known to be good.
    /// </param>
    public EntityExtractor(Gazetteer? gazetteer = null, Func<string, string>? toSimplified = null,
        Func<string, IEnumerable<(int Start, int End)>>? placeHints = null)
    {
        this.gazetteer = gazetteer ?? Gazetteer.Default;
        places = new PlaceRecognizer(this.gazetteer);
        this.toSimplified = toSimplified;
        this.placeHints = placeHints;
    }

    /// <summary>Extracts the facts of a text in either script: it is read through its simplified view.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="kinds">Which kinds to report; kinds other than place, org, person and team are ignored.</param>
    /// <param name="doc">The document name to put in <see cref="Fact.Doc"/>.</param>
    /// <exception cref="InvalidOperationException">A converter given to the constructor changed the length of the text.</exception>
    public IReadOnlyList<Fact> Extract(string text, FactKinds kinds = FactKinds.Entities, string? doc = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (toSimplified is null)
        {
            return Extract(ScriptConverter.Default.ToSimplifiedView(text), kinds, doc);
        }
        var view = toSimplified(text);
        if (view.Length != text.Length)
        {
            throw new InvalidOperationException(
                $"The script converter changed the text's length ({text.Length} to {view.Length}); entity offsets need a character-by-character view.");
        }
        return Extract(text, view, kinds, doc);
    }

    /// <summary>The analyzer's path: the analysis's simplified view is made once for every recognizer that reads it.</summary>
    internal IReadOnlyList<Fact> Extract(TextAnalysis analysis, FactKinds kinds) =>
        toSimplified is null ? Extract(analysis.Simplified, kinds, analysis.Doc) : Extract(analysis.Text, kinds, analysis.Doc);

    /// <summary>
    /// The analyzer's path for a block of texts: <see cref="Extract(TextAnalysis, FactKinds)"/> of each into
    /// <paramref name="facts"/>, each stage (simplified views, places, organisations, people, teams) over every text
    /// before the next stage, so its tables and code stay hot.
    /// </summary>
    internal void Extract(ReadOnlySpan<TextAnalysis> analyses, FactKinds kinds, Span<IReadOnlyList<Fact>> facts)
    {
        if (toSimplified is not null || analyses.Length == 1)
        {
            for (var i = 0; i < analyses.Length; i++)
            {
                facts[i] = Extract(analyses[i], kinds);
            }
            return;
        }
        // The thread's block of lines, taken while in use and handed back emptied (no mention kept alive).
        var lines = t_lines is { } spare && spare.Length >= analyses.Length ? spare : new Line[analyses.Length];
        t_lines = null;
        var block = lines.AsSpan(0, analyses.Length);
        for (var i = 0; i < block.Length; i++)
        {
            block[i].Converted = analyses[i].Simplified;
        }
        foreach (ref var line in block)
        {
            // As Extract(ConvertedText): a view whose offsets are not the text's is read as a text of its own, mapped back after.
            var converted = line.Converted;
            line.Mapped = !(converted.IsOffsetIdentity && converted.View.Length == converted.Original.Length);
            line.Text = line.Mapped ? converted.View : converted.Original;
            line.View = converted.View;
        }
        Recognize(block, kinds);
        for (var i = 0; i < block.Length; i++)
        {
            var onView = Records(ref block[i], kinds, analyses[i].Doc);
            facts[i] = block[i].Mapped ? ToOriginal(onView, block[i].Converted) : onView;
        }
        block.Clear();
        t_lines = lines;
    }

    [ThreadStatic]
    private static Line[]? t_lines;

    /// <summary>
    /// Extracts the facts of a text already converted by the script stage: recognition runs on the view,
    /// offsets and <c>Text</c> are mapped back to the original.
    /// </summary>
    /// <param name="converted">The text and its simplified view with the offset map.</param>
    /// <param name="kinds">Which kinds to report; kinds other than place, org, person and team are ignored.</param>
    /// <param name="doc">The document name to put in <see cref="Fact.Doc"/>.</param>
    public IReadOnlyList<Fact> Extract(ConvertedText converted, FactKinds kinds = FactKinds.Entities, string? doc = null)
    {
        ArgumentNullException.ThrowIfNull(converted);
        if (converted.IsOffsetIdentity && converted.View.Length == converted.Original.Length)
        {
            return Extract(converted.Original, converted.View, kinds, doc);
        }
        return ToOriginal(Extract(converted.View, converted.View, kinds, doc), converted);
    }

    /// <summary>Facts read on a view whose offsets are not the original's, with offsets and <c>Text</c> in the original.</summary>
    private static List<Fact> ToOriginal(IReadOnlyList<Fact> onView, ConvertedText converted)
    {
        var facts = new List<Fact>(onView.Count);
        for (var i = 0; i < onView.Count; i++)
        {
            var (start, end) = converted.ToOriginalSpan(onView[i].Start, onView[i].End);
            facts.Add(onView[i] with { Start = start, End = end, Text = converted.Original[start..end] });
        }
        return facts;
    }

    /// <summary>
    /// Extracts the facts of a text given with its simplified view: the same text in simplified script,
    /// character for character (same length), as the script stage produces it.
    /// </summary>
    /// <param name="text">The document's text in its own script: facts' <c>Text</c> comes from here.</param>
    /// <param name="simplifiedView">The text in simplified script, same length: recognition and <c>Name</c> use it.</param>
    /// <param name="kinds">Which kinds to report; kinds other than place, org, person and team are ignored.</param>
    /// <param name="doc">The document name to put in <see cref="Fact.Doc"/>.</param>
    /// <exception cref="ArgumentException">The view's length differs from the text's.</exception>
    public IReadOnlyList<Fact> Extract(string text, string simplifiedView, FactKinds kinds = FactKinds.Entities, string? doc = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(simplifiedView);
        if (simplifiedView.Length != text.Length)
        {
            throw new ArgumentException($"The simplified view has {simplifiedView.Length} characters, the text {text.Length}; they must match one to one.", nameof(simplifiedView));
        }
        var line = new Line { Text = text, View = simplifiedView };
        var one = new Span<Line>(ref line);
        Recognize(one, kinds);
        return Records(ref line, kinds, doc);
    }

    /// <summary>One text as it goes through the stages: its simplified view and the mentions each stage found.</summary>
    private struct Line
    {
        public string Text;
        public string View;
        public List<PlaceMention> Places;
        public List<OrgMention> Orgs;
        public List<PersonMention>? People;
        public IReadOnlyList<TeamMention>? Teams;
        public ConvertedText Converted; // the text and its simplified view (the analyzer's path)
        public bool Mapped; // read on a view whose offsets are not the text's: facts mapped back after
    }

    /// <summary>The stages over the texts, each over all of them before the next.</summary>
    private void Recognize(Span<Line> lines, FactKinds kinds)
    {
        foreach (ref var line in lines)
        {
            line.Places = places.Recognize(line.View, placeHints?.Invoke(line.View), line.Text);
        }
        foreach (ref var line in lines)
        {
            line.Orgs = OrganizationRecognizer.Recognize(line.View, line.Places);
        }
        // People first: a name right after a role (队员黄河说) takes its span from the place it would otherwise be,
        // so they are read whenever places or teams are asked for too.
        if ((kinds & (FactKinds.Person | FactKinds.Place | FactKinds.Team)) != 0)
        {
            var wantsPeople = (kinds & FactKinds.Person) != 0;
            foreach (ref var line in lines)
            {
                var recognized = PersonRecognizer.Recognize(line.View, line.Places, line.Orgs, out var displacedPlaces);
                line.Places = EntityArbitration.PlacesGivingWayToPeople(line.Places, displacedPlaces);
                line.People = wantsPeople ? recognized : null;
            }
        }
        if ((kinds & FactKinds.Team) != 0)
        {
            foreach (ref var line in lines)
            {
                line.Teams = WorkTeamRecognizer.Recognize(line.View, line.Places, line.Orgs);
            }
        }
    }

    /// <summary>One text's mentions as facts, with their division codes, in document order.</summary>
    private IReadOnlyList<Fact> Records(ref Line line, FactKinds kinds, string? doc)
    {
        var text = line.Text;
        var simplifiedView = line.View;
        var placeMentions = line.Places;
        var orgMentions = line.Orgs;
        var people = line.People;
        var teams = line.Teams;
        var wantsPlaces = (kinds & FactKinds.Place) != 0;
        var wantsOrgs = (kinds & FactKinds.Organization) != 0;
        // Counted first so the facts go straight into the array that is sorted (one call per line: no list to grow).
        var count = (wantsOrgs ? orgMentions.Count : 0) + (people?.Count ?? 0) + (teams?.Count ?? 0);
        if (wantsPlaces)
        {
            foreach (var p in placeMentions)
            {
                count += p.IsAnaphor ? 0 : 1;
            }
        }
        if (count == 0)
        {
            return Array.Empty<Fact>(); // shared, as the analyzer's empty results are
        }
        // A list over the sorted facts (no copy after): the analyzer adopts a fresh list as the claimed facts as it is.
        var result = new List<Fact>(count);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(result, count);
        var ordered = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result);
        var n = 0;
        var divisions = DivisionTable.Default;
        // Places and teams' stations take their codes from one resolution of the text's places.
        var units = wantsPlaces || teams is { Count: > 0 } ? DivisionResolver.Resolve(divisions, gazetteer, placeMentions, simplifiedView) : null;
        // The codes a gazetteer of one's own gives places the table lacks (null for the shipped one, which gives none).
        var own = units is null ? null : DivisionResolver.OwnCodes(divisions, gazetteer, placeMentions, units);
        if (wantsPlaces)
        {
            for (var i = 0; i < placeMentions.Count; i++)
            {
                var p = placeMentions[i];
                if (!p.IsAnaphor)
                {
                    var code = units![i] >= 0 ? divisions.CodeOf(units[i]) : own?[i];
                    ordered[n++] = new Fact { Doc = doc, Kind = FactKinds.Place, Text = Surface(text, p.Start, p.End, p.Name), Start = p.Start, End = p.End, Name = p.Name, Level = p.Level, Parent = p.Parent, Code = code };
                }
            }
        }
        if (wantsOrgs)
        {
            foreach (var o in orgMentions)
            {
                ordered[n++] = new Fact { Doc = doc, Kind = FactKinds.Organization, Text = Surface(text, o.Start, o.End, o.Name), Start = o.Start, End = o.End, Name = o.Name };
            }
        }
        if (people is not null)
        {
            foreach (var p in people)
            {
                ordered[n++] = new Fact { Doc = doc, Kind = FactKinds.Person, Text = Surface(text, p.Start, p.End, p.Name), Start = p.Start, End = p.End, Name = p.Name, Subject = p.Role };
            }
        }
        if (teams is not null)
        {
            foreach (var t in teams)
            {
                var code = StationCode(placeMentions, units!, own, divisions, t);
                ordered[n++] = new Fact { Doc = doc, Kind = FactKinds.Team, Text = text[t.Start..t.End], Start = t.Start, End = t.End, Name = t.Sender, Station = t.Station, Code = code };
            }
        }
        // Document order; a stable sort keeps a team's stations in the order the text gives them.
        if (count >= 1 << 24)
        {
            var keys = new (int Start, FactKinds Kind, int Index)[count];
            for (var i = 0; i < count; i++)
            {
                keys[i] = (ordered[i].Start, ordered[i].Kind, i);
            }
            keys.AsSpan().Sort(ordered);
            return result;
        }
        // The same order packed into one long per fact (start, the kind's bit, index), sorted by the primitive
        // sort; not sorted at all when the facts already come in that order (one kind, or kinds apart).
        // On the stack for the few facts of a line or a short report: one array less per call.
        Span<long> packed = count <= MaxStackSortKeys ? stackalloc long[count] : new long[count];
        var inOrder = true;
        for (var i = 0; i < count; i++)
        {
            packed[i] = ((long)ordered[i].Start << 32) | ((long)System.Numerics.BitOperations.Log2((uint)ordered[i].Kind) << 24) | (uint)i;
            inOrder &= i == 0 || packed[i] > packed[i - 1];
        }
        if (!inOrder)
        {
            packed.Sort(ordered);
        }
        return result;
    }

    /// <summary>
    /// The text of <c>[start, end)</c>: <paramref name="name"/> itself where the text writes the name as it is (most
    /// mentions of simplified text), no copy of it.
    /// </summary>
    private static string Surface(string text, int start, int end, string? name) =>
        name is not null && text.AsSpan(start, end - start).SequenceEqual(name) ? name : text[start..end];

    /// <summary>The most sort keys kept on the stack (8 bytes each).</summary>
    private const int MaxStackSortKeys = 128;

    /// <summary>The division code of a team's station: the code of the place mention it was read from, when that resolves to one unit.</summary>
    private static string? StationCode(List<PlaceMention> places, int[] units, string?[]? own, DivisionTable divisions, TeamMention team)
    {
        if (team.StationStart < 0)
        {
            return null;
        }
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, team.StationStart); k < places.Count && places[k].Start == team.StationStart; k++)
        {
            if (places[k].End == team.StationEnd)
            {
                // 驻该村…工作队: the anaphor has no unit of its own; the station's code is its antecedent's, the last
                // mention of the same name before it.
                for (var a = k; places[k].IsAnaphor && a-- > 0;)
                {
                    if (!places[a].IsAnaphor && places[a].Name == places[k].Name)
                    {
                        k = a;
                        break;
                    }
                }
                return units[k] >= 0 ? divisions.CodeOf(units[k]) : own?[k];
            }
        }
        return null;
    }
}
