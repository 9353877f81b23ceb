using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// The kinds of <see cref="Fact"/>: a fact has one, a request names any set of them
/// (<c>FactKinds.Money | FactKinds.Count</c>). The output names (<c>kind</c> field) are
/// <see cref="OutputNames.Name(FactKinds)"/>'s. Bits from <see cref="FirstCustom"/> up are free for a
/// user's own recognizers (<see cref="Recognition.IFactRecognizer"/>), named by <see cref="ReportAnalyzer.KindName"/>.
/// </summary>
[Flags]
public enum FactKinds
{
    /// <summary>No kind.</summary>
    None = 0,
    /// <summary>A funding amount in a currency (<c>money</c>).</summary>
    Money = 1 << 0,
    /// <summary>A number of discrete things (<c>count</c>).</summary>
    Count = 1 << 1,
    /// <summary>An area, length, volume, weight or power (<c>measure</c>).</summary>
    Measure = 1 << 2,
    /// <summary>A share in percent (<c>percent</c>).</summary>
    Percent = 1 << 3,
    /// <summary>A calendar date, ISO 8601 with unknown parts as X (<c>date</c>).</summary>
    Date = 1 << 4,
    /// <summary>A place name (<c>place</c>).</summary>
    Place = 1 << 5,
    /// <summary>An organisation (<c>org</c>).</summary>
    Organization = 1 << 6,
    /// <summary>A person (<c>person</c>).</summary>
    Person = 1 << 7,
    /// <summary>A work team with its sender and station (<c>team</c>).</summary>
    Team = 1 << 8,
    /// <summary>The kinds whose value is a number: money, count, measure, percent.</summary>
    Numbers = Money | Count | Measure | Percent,
    /// <summary>The quantity recognizers' kinds: the numbers and dates.</summary>
    Quantities = Numbers | Date,
    /// <summary>The entity recognizers' kinds: places, organisations, people, work teams.</summary>
    Entities = Place | Organization | Person | Team,
    /// <summary>Every kind the library recognizes.</summary>
    All = Quantities | Entities,
    /// <summary>The lowest bit left to a user's own kinds: <c>(FactKinds)((int)FactKinds.FirstCustom &lt;&lt; n)</c>.</summary>
    FirstCustom = 1 << 16,
}

/// <summary>The administrative level of a place (<c>level</c> field).</summary>
public enum PlaceLevel
{
    /// <summary>A country.</summary>
    Country,
    /// <summary>A province, autonomous region, municipality or special administrative region.</summary>
    Province,
    /// <summary>A prefecture-level division: 地级市, 地区, 盟, 自治州.</summary>
    Prefecture,
    /// <summary>A county-level division: 县, 县级市, 市辖区, 旗.</summary>
    County,
    /// <summary>A township-level division: 乡, 镇, 街道.</summary>
    Township,
    /// <summary>A village or community: 村, 社区, the Corps' 连/队.</summary>
    Village,
    /// <summary>Scenic areas, pastures, rivers, mountains, regions, foreign cities.</summary>
    Other,
}

/// <summary>How a number's <see cref="Fact.Place"/> was linked to it (<c>scope</c> field): the nearest context that names the place.</summary>
public enum LinkScope
{
    /// <summary>The place is named in the same clause.</summary>
    Clause,
    /// <summary>The place is named in the same sentence.</summary>
    Sentence,
    /// <summary>The paragraph is about the place.</summary>
    Paragraph,
    /// <summary>The document has exactly one station or county.</summary>
    Document,
}

/// <summary>
/// One extracted fact: the record of the output contract (docs/facts.md), its members named after
/// the output fields. Offsets are UTF-16 offsets into the document's text, <see cref="End"/>
/// exclusive; <see cref="Text"/> is the surface in the document's own script. The output field
/// <c>value</c> is <see cref="Value"/> for the numeric kinds, <see cref="Date"/> for a date and
/// <see cref="Name"/> for a place, organisation, person or team; <c>parent</c> is
/// <see cref="Parent"/> for a place and <see cref="Station"/> for a team.
/// </summary>
public sealed record Fact
{
    /// <summary>The document the fact was found in (its path as the user named it, or <c>-</c>), when known (<c>doc</c>).</summary>
    public string? Doc { get; init; }

    /// <summary>What kind of fact this is (<c>kind</c>): exactly one of the <see cref="FactKinds"/>.</summary>
    public required FactKinds Kind { get; init; }

    /// <summary>The exact surface text in the document (<c>text</c>).</summary>
    public required string Text { get; init; }

    /// <summary>UTF-16 offset of <see cref="Text"/> in the document's text (<c>start</c>).</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 offset just past <see cref="Text"/>, exclusive (<c>end</c>).</summary>
    public required int End { get; init; }

    /// <summary>The normalized number of a money, count, measure or percent fact, the low end of a range (<c>value</c>); null for the other kinds.</summary>
    public decimal? Value { get; init; }

    /// <summary>A date's value: ISO 8601 as far as the text says, unknown parts as <c>X</c> (<c>value</c> of a date); null for the other kinds.</summary>
    public string? Date { get; init; }

    /// <summary>
    /// The name in simplified script (<c>value</c> of a place, organisation, person or team): a team is
    /// named by its sender; null for the numeric kinds and dates.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>The upper bound of a range (<c>max</c>); null when the value is not a range.</summary>
    public decimal? Max { get; init; }

    /// <summary>The measure word or unit in simplified form (count, measure), <c>%</c> or <c>个百分点</c> (percent) (<c>unit</c>).</summary>
    public string? Unit { get; init; }

    /// <summary>ISO 4217 currency code, money only (<c>currency</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>How the amount relates to the number written (<c>approx</c>; absent when <see cref="Approximation.Exact"/>).</summary>
    public Approximation Approximation { get; init; }

    /// <summary>Administrative level, place only (<c>level</c>).</summary>
    public PlaceLevel? Level { get; init; }

    /// <summary>The normalized name of the enclosing place named in the same chain, place only (<c>parent</c> of a place).</summary>
    public string? Parent { get; init; }

    /// <summary>The place a work team is stationed at, team only (<c>parent</c> of a team).</summary>
    public string? Station { get; init; }

    /// <summary>What is counted or funded, or a person's role, when the sentence says it plainly (<c>subject</c>).</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The official division code of a place that resolves to one unit, or of a number's <see cref="Place"/>
    /// (<c>code</c>): 2 digits for a province up to 12 for a village; null when unknown or ambiguous.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>The normalized name of the place a number is about (<c>place</c>); null when the text does not say.</summary>
    public string? Place { get; init; }

    /// <summary>The date or year a number refers to, in the date format or as an ISO interval (<c>period</c>); null when the text does not say.</summary>
    public string? Period { get; init; }

    /// <summary>The work team (by its sender) or organisation that spends, builds or counts, several joined by 、 (<c>actor</c>); null when the text does not say.</summary>
    public string? Actor { get; init; }

    /// <summary>How a number's <see cref="Place"/> was linked (<c>scope</c>); null when it has none.</summary>
    public LinkScope? Scope { get; init; }
}
