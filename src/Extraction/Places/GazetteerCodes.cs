using System.Collections.Frozen;
using System.Globalization;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// The checks of the codes a gazetteer file gives its places (<see cref="GazetteerEntry.Code"/>,
/// <see cref="GazetteerEntry.ParentCode"/>), made as the file is read so that a wrong code is an error naming its
/// line, not a place silently filed under another county: the form of each code, then each against its parent, the
/// file's other codes and the division table.
/// </summary>
internal static class GazetteerCodes
{
    /// <summary>The digits of a code of <paramref name="level"/> (2, 4, 6, 9, 12), or 0 for a level that has no code.</summary>
    internal static int DigitsOf(PlaceLevel level) => level switch
    {
        PlaceLevel.Province => 2,
        PlaceLevel.Prefecture => 4,
        PlaceLevel.County => 6,
        PlaceLevel.Township => 9,
        PlaceLevel.Village => 12,
        _ => 0,
    };

    /// <summary>The level whose codes have <paramref name="digits"/> digits, or null.</summary>
    internal static PlaceLevel? LevelOfDigits(int digits) => digits switch
    {
        2 => PlaceLevel.Province,
        4 => PlaceLevel.Prefecture,
        6 => PlaceLevel.County,
        9 => PlaceLevel.Township,
        12 => PlaceLevel.Village,
        _ => null,
    };

    /// <summary>The lengths of the codes of units that hold others, nearest first.</summary>
    private static readonly int[] ParentDigits = [9, 6, 4, 2];

    /// <summary>The codes of the units that may hold a unit of <paramref name="code"/>, nearest first (653227201 → 653227, 6532, 65).</summary>
    internal static IEnumerable<string> Prefixes(string code)
    {
        foreach (var digits in ParentDigits)
        {
            if (digits < code.Length)
            {
                yield return code[..digits];
            }
        }
    }

    /// <summary>Throws unless the entry's own code and parent code are digits of the right lengths, the one a prefix of the other.</summary>
    internal static void CheckForm(GazetteerEntry entry, string source, int line)
    {
        var digits = DigitsOf(entry.Level);
        var levelName = Gazetteer.LevelName(entry.Level);
        if ((entry.Code is not null || entry.ParentCode is not null) && digits == 0)
        {
            throw new GazetteerFormatException(source, line,
                $"'{entry.Name}' is of level {levelName}: only a province, prefecture, county, township or village has a code.");
        }
        if (entry.Code is { } code)
        {
            if (!IsDigits(code))
            {
                throw new GazetteerFormatException(source, line, $"the code '{code}' of '{entry.Name}' is not all digits (0-9).");
            }
            if (code.Length != digits)
            {
                throw new GazetteerFormatException(source, line,
                    $"the code '{code}' of '{entry.Name}' has {Count(code.Length)}; a {levelName}'s has {Count(digits)}.");
            }
        }
        if (entry.ParentCode is { } parentCode)
        {
            if (!IsDigits(parentCode))
            {
                throw new GazetteerFormatException(source, line, $"the parent code '{parentCode}' of '{entry.Name}' is not all digits (0-9).");
            }
            if (LevelOfDigits(parentCode.Length) is not { } parentLevel || parentLevel >= entry.Level)
            {
                throw new GazetteerFormatException(source, line,
                    $"the parent code '{parentCode}' of '{entry.Name}' has {Count(parentCode.Length)}; the code of a unit holding a {levelName} has "
                    + string.Join(", ", ParentDigits.Where(d => d < digits).Reverse()) + " digits.");
            }
            if (entry.Code is { } own && !own.StartsWith(parentCode, StringComparison.Ordinal))
            {
                throw new GazetteerFormatException(source, line,
                    $"the parent code '{parentCode}' of '{entry.Name}' is not the start of its code '{own}': a unit's code begins with its parent's.");
            }
        }
    }

    /// <summary>
    /// Throws unless every code read (the entries of <paramref name="lines"/>) is under the code of the parent its line
    /// names, is no other place's, and names no unit of the division table of another name; and every parent code names a
    /// unit of the table or of the gazetteer.
    /// </summary>
    internal static void CheckAgainstOthers(List<GazetteerEntry> entries, Dictionary<GazetteerEntry, int> lines, string source)
    {
        var anyRead = false;
        foreach (var (entry, _) in lines)
        {
            anyRead |= entry.Code is not null || entry.ParentCode is not null;
        }
        if (!anyRead)
        {
            return; // the shipped gazetteer and most users' files: no code, no division table to load
        }
        var byCode = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Code is not { } code)
            {
                continue;
            }
            if (byCode.TryGetValue(code, out var other))
            {
                var where = lines.TryGetValue(other, out var otherLine) ? $"line {otherLine.ToString(CultureInfo.InvariantCulture)}" : "the gazetteer it adds to";
                throw new GazetteerFormatException(source, lines[entry], $"the code '{code}' of '{entry.Name}' is already the code of '{other.Name}' ({where}).");
            }
            byCode[code] = entry;
        }
        var table = DivisionTable.Default;
        foreach (var entry in entries)
        {
            if (!lines.TryGetValue(entry, out var line))
            {
                continue;
            }
            // The named parent's code: its own, else the table's when one unit bears its name (a parent of the shipped gazetteer has no code).
            var parentsCode = entry.Parent is { } parent ? parent.Code ?? TableCode(parent, table) : null;
            if (parentsCode is not null && entry.Code is { } code && !code.StartsWith(parentsCode, StringComparison.Ordinal))
            {
                throw new GazetteerFormatException(source, line,
                    $"the code '{code}' of '{entry.Name}' does not start with the code '{parentsCode}' of its parent '{entry.Parent!.Name}'.");
            }
            if (parentsCode is not null && entry.ParentCode is { } given && given != parentsCode)
            {
                throw new GazetteerFormatException(source, line,
                    $"the parent code '{given}' of '{entry.Name}' is not the code '{parentsCode}' of its parent '{entry.Parent!.Name}'.");
            }
            if (entry.ParentCode is { } parentCode && table.FindCode(parentCode) is null && !byCode.ContainsKey(parentCode))
            {
                throw new GazetteerFormatException(source, line,
                    $"the parent code '{parentCode}' of '{entry.Name}' is the code of no unit of the division table, nor of a place of the gazetteer.");
            }
            if (entry.Code is { } own && table.FindCode(own) is { } unit && !Names(entry, unit))
            {
                throw new GazetteerFormatException(source, line,
                    $"the code '{own}' of '{entry.Name}' is the division table's {unit.Name}: give another code, or list {unit.Name} among the short forms "
                    + "(a renamed unit keeping its code).");
            }
        }
    }

    /// <summary>The code of the division table's unit a gazetteer place is when exactly one unit of its level bears its name, else null.</summary>
    internal static string? TableCode(GazetteerEntry entry, DivisionTable table)
    {
        if (entry.Level is < PlaceLevel.Province or > PlaceLevel.Village)
        {
            return null;
        }
        string? code = null;
        foreach (var unit in table.Find(entry.Name))
        {
            if (unit.Level == entry.Level && unit.Name == entry.Name)
            {
                if (code is not null)
                {
                    return null;
                }
                code = unit.Code;
            }
        }
        return code;
    }

    /// <summary>
    /// The code of the unit holding a place: the parent code its line gives, else its named parent's own code, else the
    /// nearest start of its code (9, 6, 4, 2 digits) that is the code of a place of <paramref name="gazetteer"/> or of a unit
    /// of the division table; null when none is.
    /// </summary>
    internal static string? HolderCode(GazetteerEntry entry, Gazetteer gazetteer)
    {
        if ((entry.ParentCode ?? entry.Parent?.Code) is { } given)
        {
            return given;
        }
        if (entry.Code is { } own)
        {
            foreach (var prefix in Prefixes(own))
            {
                if (gazetteer.FindCode(prefix) is not null || DivisionTable.Default.FindCode(prefix) is not null)
                {
                    return prefix;
                }
            }
        }
        return null;
    }

    /// <summary>The entries with a code of their own by that code, or null when none has one.</summary>
    internal static FrozenDictionary<string, GazetteerEntry>? Index(GazetteerEntry[] entries)
    {
        Dictionary<string, GazetteerEntry>? byCode = null;
        foreach (var entry in entries)
        {
            if (entry.Code is { } code)
            {
                (byCode ??= new(StringComparer.Ordinal))[code] = entry;
            }
        }
        return byCode?.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether the entry is the table's unit of its code under one of its names: its own, or a short form (a former name).</summary>
    private static bool Names(GazetteerEntry entry, Division unit)
    {
        string[] unitNames = [unit.Name, unit.OfficialName];
        return unit.Level == entry.Level && (unitNames.Contains(entry.Name) || entry.Aliases.Any(unitNames.Contains));
    }

    private static bool IsDigits(string code) => code.Length > 0 && code.All(char.IsAsciiDigit);

    private static string Count(int digits) => digits == 1 ? "1 digit" : $"{digits.ToString(CultureInfo.InvariantCulture)} digits";
}
