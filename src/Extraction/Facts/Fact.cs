namespace WorkTeam.Extraction.Facts;

/// <summary>The kind of a <see cref="Fact"/>, as named in the output contract (<c>kind</c> field).</summary>
public enum FactKind
{
    /// <summary>A funding amount in a currency (<c>money</c>).</summary>
    Money,
    /// <summary>A number of discrete things (<c>count</c>).</summary>
    Count,
    /// <summary>An area, length, volume, weight or power (<c>measure</c>).</summary>
    Measure,
    /// <summary>A share in percent (<c>percent</c>).</summary>
    Percent,
    /// <summary>A calendar date, ISO 8601 with unknown parts as X (<c>date</c>).</summary>
    Date,
    /// <summary>A place name (<c>place</c>).</summary>
    Place,
    /// <summary>An organisation (<c>org</c>).</summary>
    Org,
    /// <summary>A person (<c>person</c>).</summary>
    Person,
    /// <summary>A work team with its sender and station (<c>team</c>).</summary>
    Team,
}

/// <summary>How an amount relates to the number written (<c>approx</c> field).</summary>
public enum Approximation
{
    /// <summary>The amount is exactly the number written (field absent).</summary>
    Exact,
    /// <summary>More than the number: 余, 多, 以上, 超过, 逾, 突破, 过, 至少.</summary>
    Over,
    /// <summary>Less than the number: 近, 不足, 不到, 以下, 将近, 几乎.</summary>
    Under,
    /// <summary>Around the number: 约, 左右, 大约, 上下.</summary>
    About,
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

/// <summary>
/// One extracted fact: the record of the output contract (docs/facts.md). Offsets are UTF-16
/// offsets into the document's text, <see cref="End"/> exclusive; <see cref="Text"/> is the
/// surface in the document's own script.
/// </summary>
public sealed record Fact
{
    /// <summary>The document the fact was found in (its path as the user named it, or <c>-</c>), when known.</summary>
    public string? Doc { get; init; }

    /// <summary>What kind of fact this is.</summary>
    public required FactKind Kind { get; init; }

    /// <summary>The exact surface text in the document.</summary>
    public required string Text { get; init; }

    /// <summary>UTF-16 offset of <see cref="Text"/> in the document's text.</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 offset just past <see cref="Text"/> (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>The normalized numeric value (money, count, measure, percent); null for the other kinds.</summary>
    public decimal? Number { get; init; }

    /// <summary>The normalized string value: the ISO date of a date, the simplified name of a place, organisation, person or team sender.</summary>
    public string? Name { get; init; }

    /// <summary>The upper bound of a range; null when the value is not a range.</summary>
    public decimal? Max { get; init; }

    /// <summary>The measure word or unit in simplified form (count, measure), <c>%</c> or <c>个百分点</c> (percent).</summary>
    public string? Unit { get; init; }

    /// <summary>ISO 4217 currency code (money only).</summary>
    public string? Currency { get; init; }

    /// <summary>How the amount relates to the number written.</summary>
    public Approximation Approx { get; init; }

    /// <summary>Administrative level (place only).</summary>
    public PlaceLevel? Level { get; init; }

    /// <summary>The normalized name of the enclosing place in the same chain (place), or the station (team).</summary>
    public string? Parent { get; init; }

    /// <summary>What is counted or funded, or a person's role, when the sentence says it plainly.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The official division code (National Bureau of Statistics, 2023) of a place that resolves to one unit:
    /// 2 digits for a province, 4 a prefecture, 6 a county, 9 a township, 12 a village; null when unknown or ambiguous.
    /// </summary>
    public string? Code { get; init; }
}
