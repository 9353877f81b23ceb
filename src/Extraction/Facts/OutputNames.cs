using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// The spelling of fact fields in the output contract (docs/facts.md): the names a JSON Lines or
/// CSV writer puts in the <c>kind</c>, <c>approx</c>, <c>level</c> and <c>scope</c> fields. One
/// table, so that every writer (the CLI, a user's own) spells them alike.
/// </summary>
public static class OutputNames
{
    private static readonly (FactKinds Kind, string Name)[] Kinds =
    [
        (FactKinds.Money, "money"), (FactKinds.Count, "count"), (FactKinds.Measure, "measure"), (FactKinds.Percent, "percent"),
        (FactKinds.Date, "date"), (FactKinds.Place, "place"), (FactKinds.Organization, "org"), (FactKinds.Person, "person"),
        (FactKinds.Team, "team"),
    ];

    /// <summary>The library's kinds one by one, in the contract's order.</summary>
    public static IEnumerable<FactKinds> BuiltInKinds
    {
        get
        {
            foreach (var (kind, _) in Kinds)
            {
                yield return kind;
            }
        }
    }

    /// <summary>The output name of one of the library's kinds: <c>money</c>, <c>count</c>, … <c>org</c>, <c>team</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not exactly one of the library's kinds.</exception>
    public static string Name(this FactKinds kind)
    {
        foreach (var (k, name) in Kinds)
        {
            if (k == kind)
            {
                return name;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not one of the library's fact kinds.");
    }

    /// <summary>The library's kind of an output name (<c>org</c> → <see cref="FactKinds.Organization"/>).</summary>
    /// <returns>Whether <paramref name="name"/> names one of the library's kinds.</returns>
    public static bool TryParseKind(string name, out FactKinds kind)
    {
        foreach (var (k, n) in Kinds)
        {
            if (n == name)
            {
                kind = k;
                return true;
            }
        }
        kind = FactKinds.None;
        return false;
    }

    /// <summary>Whether the kind's value is a number (money, count, measure, percent): <see cref="Fact.Value"/>.</summary>
    public static bool IsNumber(this FactKinds kind) => kind != FactKinds.None && (kind & ~FactKinds.Numbers) == 0;

    /// <summary>The <c>approx</c> field: <c>over</c>, <c>under</c>, <c>about</c>; null when exact (the field is absent).</summary>
    public static string? Name(this Approximation approximation) => approximation switch
    {
        Approximation.Exact => null,
        Approximation.Over => "over",
        Approximation.Under => "under",
        Approximation.About => "about",
        _ => throw new ArgumentOutOfRangeException(nameof(approximation), approximation, null),
    };

    /// <summary>The <c>level</c> field: <c>country</c>, <c>province</c>, … <c>other</c>; null when absent.</summary>
    public static string? Name(this PlaceLevel? level) => level is { } l ? Name(l) : null;

    /// <summary>The <c>level</c> field: <c>country</c>, <c>province</c>, <c>prefecture</c>, <c>county</c>, <c>township</c>, <c>village</c>, <c>other</c>.</summary>
    public static string Name(this PlaceLevel level) => level switch
    {
        PlaceLevel.Country => "country",
        PlaceLevel.Province => "province",
        PlaceLevel.Prefecture => "prefecture",
        PlaceLevel.County => "county",
        PlaceLevel.Township => "township",
        PlaceLevel.Village => "village",
        PlaceLevel.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The <c>scope</c> field: <c>clause</c>, <c>sentence</c>, <c>paragraph</c>, <c>document</c>; null when absent.</summary>
    public static string? Name(this LinkScope? scope) => scope switch
    {
        null => null,
        LinkScope.Clause => "clause",
        LinkScope.Sentence => "sentence",
        LinkScope.Paragraph => "paragraph",
        LinkScope.Document => "document",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };
}
