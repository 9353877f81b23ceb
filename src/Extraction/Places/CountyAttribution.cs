using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// What a fact of a document is attributed to, as <see cref="CountyAttribution.Attribute"/> reads it:
/// the place a place fact names (in the gazetteer's full form), and the county and prefecture named
/// last before the fact.
/// </summary>
/// <param name="Place">For a place fact: its name, in the gazetteer's full form when the gazetteer knows it (民丰 → 民丰县); null for other kinds.</param>
/// <param name="County">The county named last before the fact, or the fact's own when it is a county; null when none.</param>
/// <param name="Prefecture">The prefecture named last before the fact, or the one of the county named last; null when none.</param>
public readonly record struct CountyContext(string? Place, string? County, string? Prefecture);

/// <summary>
/// A first, document-wide attribution of facts to counties and prefectures: each fact takes the
/// county and the prefecture named last before it in the same document. Coarse (the linking of
/// facts.md, by clause, sentence and paragraph, will refine it); what <c>workteam summary</c> totals by.
/// </summary>
public static class CountyAttribution
{
    /// <summary>The context of every fact of one document, in the facts' order.</summary>
    /// <param name="facts">One document's facts, in document order.</param>
    /// <param name="gazetteer">The places to resolve short and full forms with; <see cref="Gazetteer.Default"/> when null.</param>
    /// <returns>One context per fact, at the fact's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static IReadOnlyList<CountyContext> Attribute(IReadOnlyList<Fact> facts, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        gazetteer ??= Gazetteer.Default;
        var contexts = new CountyContext[facts.Count];
        string? county = null, prefecture = null;
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            string? place = null;
            if (fact.Kind == FactKinds.Place && fact.Name is { } name)
            {
                // Short and full forms (民丰, 民丰县; 伊犁州, 伊犁哈萨克自治州) count as one place, and a county
                // brings its own prefecture, when the gazetteer knows them. A short form of several places
                // (和田: the prefecture, the city, the county) is the one of the level the recognizer read,
                // when only one has it.
                var known = gazetteer.Resolve(name) ?? OfLevel(gazetteer.Find(name), fact.Level);
                place = known?.Name ?? name;
                if (fact.Level == PlaceLevel.County)
                {
                    county = place;
                    if (known?.Parent is { Level: PlaceLevel.Prefecture } parent)
                    {
                        prefecture = parent.Name;
                    }
                }
                else if (fact.Level == PlaceLevel.Prefecture)
                {
                    prefecture = place;
                }
            }
            contexts[i] = new CountyContext(place, county, prefecture);
        }
        return contexts;
    }

    private static GazetteerEntry? OfLevel(IReadOnlyList<GazetteerEntry> candidates, PlaceLevel? level)
    {
        GazetteerEntry? found = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Level == level)
            {
                if (found is not null)
                {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }
}
