using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Every unit a place name can be: the official division list's units that bear it (with code and
/// parents), then the gazetteer's places the list lacks (countries, rivers, the Corps' units), and
/// for a name neither knows, each place the recognizer reads in it as a chain (民豐縣若克雅鄉勞光村).
/// What <c>workteam place</c> prints. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// foreach (var unit in PlaceLookup.Default.Find("民丰村", PlaceLookup.Default.Scope("新疆")))
///     Console.WriteLine($"{unit.Name} {unit.Code} {string.Join(" &lt; ", unit.Parents.Select(p => p.Name))}");
/// </code>
/// </example>
public sealed class PlaceLookup
{
    private static readonly Lazy<PlaceLookup> LazyDefault = new(
        () => new PlaceLookup(DivisionTable.Default, Gazetteer.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly DivisionTable _table;
    private readonly Gazetteer _gazetteer;
    private readonly EntityExtractor _chains; // reads a name neither knows as a chain, on this lookup's gazetteer

    private PlaceLookup(DivisionTable table, Gazetteer gazetteer)
    {
        _table = table;
        _gazetteer = gazetteer;
        _chains = new EntityExtractor(gazetteer);
    }

    /// <summary>The lookup on the embedded division table and gazetteer, shared by all threads.</summary>
    public static PlaceLookup Default => LazyDefault.Value;

    /// <summary>
    /// A lookup on the embedded division table and <paramref name="gazetteer"/> (one's own, as given to
    /// <see cref="ReportAnalyzerBuilder.UsePlaces"/>; <c>Gazetteer.Default.WithPlaces(...)</c> for the shipped places and
    /// one's own): its places the table lacks are listed after the table's units, each with the code the file gives it
    /// (<see cref="GazetteerEntry.Code"/>) and its parents, the table's above the code the file names.
    /// </summary>
    /// <param name="gazetteer">The places to know beside the table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public static PlaceLookup Create(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return ReferenceEquals(gazetteer, Gazetteer.Default) ? Default : new PlaceLookup(DivisionTable.Default, gazetteer);
    }

    /// <summary>
    /// The region a search is narrowed to: a code prefix (all digits: <c>6532</c>), or a place's name
    /// (<c>和田地区</c>, or a short form the gazetteer knows: <c>新疆</c>) standing for the units of county
    /// level or above that bear it.
    /// </summary>
    /// <param name="within">A code prefix or a place name.</param>
    /// <returns>The region, or null when no unit of county level or above bears the name.</returns>
    public PlaceScope? Scope(string within)
    {
        ArgumentException.ThrowIfNullOrEmpty(within);
        if (within.All(char.IsAsciiDigit))
        {
            return new PlaceScope(within, []);
        }
        var entry = _gazetteer.Resolve(within);
        if (entry is { Code: { } code, Level: <= PlaceLevel.Township })
        {
            return new PlaceScope(code, []); // a county or township of one's own: the units under its code, not its namesakes'
        }
        var units = new List<Division>(_table.Find(within).Where(d => d.Level <= PlaceLevel.County));
        if (units.Count == 0 && entry is not null)
        {
            units.AddRange(_table.Find(entry.Name).Where(d => d.Level == entry.Level));
        }
        return units.Count == 0 ? null : new PlaceScope(null, units);
    }

    /// <summary>
    /// Every unit <paramref name="name"/> can be, inside <paramref name="within"/> when given. Without
    /// a region, the gazetteer's places the list lacks follow the list's units, and a name neither
    /// knows is read as a chain: each place in it, with the code the chain singles out.
    /// </summary>
    /// <param name="name">A place name or short form, simplified or traditional.</param>
    /// <param name="within">The region (<see cref="Scope"/>), or null for everywhere.</param>
    /// <returns>The units, the list's first; empty when the name is no known place.</returns>
    public IReadOnlyList<PlaceUnit> Find(string name, PlaceScope? within = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = new List<PlaceUnit>();
        foreach (var unit in _table.Find(name))
        {
            if (within is null || within.Contains(unit))
            {
                found.Add(Of(name, unit));
            }
        }
        if (within is not null)
        {
            // One's own places with a code are inside a region as the table's are: by their code.
            foreach (var entry in _gazetteer.Find(name))
            {
                if ((entry.Code ?? entry.ParentCode) is { } code && within.Contains(code) && !Listed(entry, found))
                {
                    found.Add(OfEntry(name, entry));
                }
            }
            return found;
        }
        AddGazetteerPlaces(name, found);
        if (found.Count == 0)
        {
            AddChain(name, found);
        }
        return found;
    }

    /// <summary>The gazetteer's places of the name the table has not listed already under the same name and level.</summary>
    private void AddGazetteerPlaces(string name, List<PlaceUnit> found)
    {
        foreach (var entry in _gazetteer.Find(name))
        {
            if (!Listed(entry, found))
            {
                found.Add(OfEntry(name, entry));
            }
        }
    }

    /// <summary>
    /// Whether a gazetteer place is one of the units found already: a place with a code of its own is another unit than the
    /// table's namesakes (a new 和平村) unless it is one of them; one without is a namesake of the same level, inside the
    /// unit of its parent code when it gives one.
    /// </summary>
    private static bool Listed(GazetteerEntry entry, List<PlaceUnit> found) =>
        entry.Code is { } code
            ? found.Exists(l => l.Code == code)
            : found.Exists(l => l.Name == entry.Name && l.Level == entry.Level
                && (entry.ParentCode is not { } parent || (l.Code?.StartsWith(parent, StringComparison.Ordinal) ?? false)));

    /// <summary>
    /// A place of the gazetteer with its parents: those its lines name, then, above the first without a parent listed,
    /// the units holding its parent code (else its code's nearest prefix), the gazetteer's or the table's.
    /// </summary>
    private PlaceUnit OfEntry(string text, GazetteerEntry entry)
    {
        var parents = new List<PlaceUnit>();
        AddParents(entry, parents);
        return new PlaceUnit(text, entry.Name, entry.Level, CodeOf(entry), parents);
    }

    private void AddParents(GazetteerEntry entry, List<PlaceUnit> parents)
    {
        if (parents.Count >= 16)
        {
            return;
        }
        if (entry.Parent is { } p)
        {
            parents.Add(new PlaceUnit(p.Name, p.Name, p.Level, CodeOf(p), []));
            AddParents(p, parents);
        }
        else
        {
            AddHolders(entry, parents);
        }
    }

    /// <summary>The units holding a place by its codes: the gazetteer's place or the table's unit of its parent code, else of its code's nearest prefix.</summary>
    private void AddHolders(GazetteerEntry entry, List<PlaceUnit> parents)
    {
        if (_gazetteer.HolderCode(entry) is not { } code)
        {
            return;
        }
        if (_gazetteer.FindCode(code) is { } coded)
        {
            parents.Add(new PlaceUnit(coded.Name, coded.Name, coded.Level, coded.Code, []));
            AddParents(coded, parents);
        }
        else if (_table.FindCode(code) is { } unit)
        {
            var of = Of(unit.Name, unit);
            parents.Add(new PlaceUnit(unit.Name, unit.Name, unit.Level, unit.Code, []));
            parents.AddRange(of.Parents);
        }
    }

    /// <summary>A chain (民豐縣若克雅鄉勞光村, 第八师石河子市): each place the recognizer reads in it.</summary>
    private void AddChain(string name, List<PlaceUnit> found)
    {
        foreach (var place in _chains.Extract(name, FactKinds.Place))
        {
            var unit = place.Code is { } c ? _table.FindCode(c) : null;
            var own = place.Code is { } o && unit is null ? _gazetteer.FindCode(o) : null;
            found.Add(unit is { } u
                ? Of(place.Text, u)
                : own is not null ? OfEntry(place.Text, own)
                : new PlaceUnit(place.Text, place.Name!, place.Level ?? PlaceLevel.Other, null,
                    place.Parent is { } p ? [new PlaceUnit(p, p, PlaceLevel.Other, null, [])] : []));
        }
    }

    /// <summary>
    /// A gazetteer place's code: its own, else the table's unique one (<see cref="GazetteerCodes.TableCode"/>) when that lies under the
    /// parent code the file gives it.
    /// </summary>
    private string? CodeOf(GazetteerEntry entry) =>
        entry.Code ?? (GazetteerCodes.TableCode(entry, _table) is { } unique && (entry.ParentCode is not { } parent || unique.StartsWith(parent, StringComparison.Ordinal)) ? unique : null);

    /// <summary>A unit of the list with its parents from the nearest outwards, up to the country (the gazetteer's parent of its province).</summary>
    private PlaceUnit Of(string text, Division unit)
    {
        var chain = unit.Chain;
        var parents = new List<PlaceUnit>(chain.Count);
        for (int i = chain.Count - 2; i >= 0; i--)
        {
            parents.Add(new PlaceUnit(chain[i].Name, chain[i].Name, chain[i].Level, chain[i].Code, []));
        }
        if (CountryOf(chain[0]) is { } country)
        {
            parents.Add(new PlaceUnit(country, country, PlaceLevel.Country, null, []));
        }
        return new PlaceUnit(text, unit.Name, unit.Level, unit.Code, parents);
    }

    private string? CountryOf(Division province)
    {
        foreach (var entry in _gazetteer.Find(province.Name))
        {
            if (entry.Level == PlaceLevel.Province && entry.ParentName is { } country)
            {
                return country;
            }
        }
        return null;
    }
}

/// <summary>A region a <see cref="PlaceLookup"/> search is narrowed to (<see cref="PlaceLookup.Scope"/>).</summary>
public sealed class PlaceScope
{
    private readonly string? _codePrefix;
    private readonly List<Division> _units;

    internal PlaceScope(string? codePrefix, List<Division> units)
    {
        _codePrefix = codePrefix;
        _units = units;
    }

    /// <summary>Whether <paramref name="unit"/> lies inside the region.</summary>
    /// <param name="unit">A unit of the division list.</param>
    public bool Contains(Division unit) =>
        _codePrefix is not null ? unit.Code.StartsWith(_codePrefix, StringComparison.Ordinal) : _units.Exists(unit.IsWithin);

    /// <summary>Whether a unit of <paramref name="code"/> (one's own, which the table may lack) lies inside the region.</summary>
    internal bool Contains(string code) =>
        _codePrefix is not null ? code.StartsWith(_codePrefix, StringComparison.Ordinal) : _units.Exists(u => code.StartsWith(u.Code, StringComparison.Ordinal));
}

/// <summary>One unit a name can be (<see cref="PlaceLookup.Find"/>), or one of its parents.</summary>
public sealed class PlaceUnit
{
    internal PlaceUnit(string text, string name, PlaceLevel level, string? code, IReadOnlyList<PlaceUnit> parents)
    {
        Text = text;
        Name = name;
        Level = level;
        Code = code;
        Parents = parents;
    }

    /// <summary>The name as asked, or the part of a chain this unit was read from (勞光村).</summary>
    public string Text { get; }

    /// <summary>The unit's name in simplified script.</summary>
    public string Name { get; }

    /// <summary>Its level (<see cref="Gazetteer.LevelName"/> gives the output name).</summary>
    public PlaceLevel Level { get; }

    /// <summary>Its official division code, or null when it has none or the name does not single one out.</summary>
    public string? Code { get; }

    /// <summary>The places holding it, from the nearest outwards (a unit of the list: up to the country); empty for a parent.</summary>
    public IReadOnlyList<PlaceUnit> Parents { get; }
}
