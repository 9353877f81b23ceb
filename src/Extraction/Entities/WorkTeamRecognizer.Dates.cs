using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Entities;

/// <summary>A written date between a team's sender and its verb (<c>S于2019年3月派驻P工作队</c>): team-date-marks.tsv.</summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>What closes a run of digits in a date (年, 月): team-date-marks.tsv, kind unit.</summary>
    private static readonly string[] DateUnits = [.. WordLists.Get("team-date-marks").Where("kind", "unit").Select(r => r[0])];

    /// <summary>What may close a date after its last unit (起 of 2016年起): team-date-marks.tsv, kind tail.</summary>
    private static readonly string[] DateTails = [.. WordLists.Get("team-date-marks").Where("kind", "tail").Select(r => r[0])];

    /// <summary>What may open a date (于): team-date-marks.tsv, kind lead.</summary>
    private static readonly string[] DateLeads = [.. WordLists.Get("team-date-marks").Where("kind", "lead").Select(r => r[0])];

    /// <summary>
    /// Where a written date ending at <paramref name="end"/> begins: runs of digits each closed by a unit (2019年3月), a
    /// tail after them (2016年起), a lead before them (于); <paramref name="end"/> when none ends there.
    /// </summary>
    private static int DateStart(ReadOnlySpan<char> view, int clauseStart, int end)
    {
        var p = end;
        foreach (var tail in DateTails)
        {
            // 于2016年起: the tail counts only after a unit closing digits, so 起 alone (…局起草…) is no date.
            if (view[clauseStart..p].EndsWith(tail, StringComparison.Ordinal) && UnitEndingAt(view, clauseStart, p - tail.Length) is { } closing
                && p - tail.Length - closing.Length > clauseStart && char.IsDigit(view[p - tail.Length - closing.Length - 1]))
            {
                p -= tail.Length;
                end = p;
                break;
            }
        }
        while (UnitEndingAt(view, clauseStart, p) is { } unit && p - unit.Length > clauseStart && char.IsDigit(view[p - unit.Length - 1]))
        {
            p -= unit.Length;
            while (p > clauseStart && char.IsDigit(view[p - 1]))
            {
                p--;
            }
        }
        if (p == end)
        {
            return end;
        }
        foreach (var lead in DateLeads)
        {
            if (view[clauseStart..p].EndsWith(lead, StringComparison.Ordinal))
            {
                return p - lead.Length;
            }
        }
        return p;
    }

    private static string? UnitEndingAt(ReadOnlySpan<char> view, int clauseStart, int end)
    {
        foreach (var unit in DateUnits)
        {
            if (view[clauseStart..end].EndsWith(unit, StringComparison.Ordinal))
            {
                return unit;
            }
        }
        return null;
    }

    /// <summary>The sender before a date that ends at the verb at <paramref name="z"/> (县财政局2019年派出…); null when none.</summary>
    private static (int Start, string Name)? SenderBeforeDate(ReadOnlySpan<char> view, EndIndex byEnd, int z, int clauseStart) =>
        DateStart(view, clauseStart, z) is var dated && dated < z ? SenderEndingAt(view, byEnd, dated, clauseStart) : null;
}
