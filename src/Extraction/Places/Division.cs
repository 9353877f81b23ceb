using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Places;

/// <summary>One unit of <see cref="DivisionTable"/>: a province, prefecture, county, township or village with its code.</summary>
public readonly struct Division : IEquatable<Division>
{
    private readonly DivisionTable table;
    private readonly int unit;

    internal Division(DivisionTable table, int unit)
    {
        this.table = table;
        this.unit = unit;
    }

    internal int Unit => unit;

    /// <summary>The official code: 2 digits for a province, 4 a prefecture, 6 a county, 9 a township, 12 a village (<c>653227201200</c>).</summary>
    public string Code => table.CodeOf(unit);

    /// <summary>The name as reports write it (<c>劳光村</c>).</summary>
    public string Name => table.WrittenName(unit);

    /// <summary>The name as the official list gives it (<c>劳光村委会</c>).</summary>
    public string OfficialName => table.OfficialName(unit);

    /// <summary>The level: <see cref="PlaceLevel.Province"/> to <see cref="PlaceLevel.Village"/>.</summary>
    public PlaceLevel Level => table.LevelOf(unit);

    /// <summary>The enclosing unit, or null for a province. A county under a placeholder (6590 自治区直辖县级行政区划) has its province.</summary>
    public Division? Parent
    {
        get
        {
            int p = table.ParentOf(unit);
            return p < 0 ? null : new Division(table, p);
        }
    }

    /// <summary>The enclosing units from the province down, this one last (新疆维吾尔自治区, 和田地区, 民丰县, 若克雅乡, 劳光村).</summary>
    public IReadOnlyList<Division> Chain
    {
        get
        {
            var list = new List<Division>(5);
            for (int u = unit; u >= 0; u = table.ParentOf(u))
            {
                list.Add(new Division(table, u));
            }
            list.Reverse();
            return list;
        }
    }

    /// <summary>Whether this unit is <paramref name="other"/> or lies inside it.</summary>
    /// <param name="other">A unit of the same table.</param>
    public bool IsWithin(Division other) => ReferenceEquals(table, other.table) && table.IsWithin(unit, other.unit);

    /// <inheritdoc />
    public bool Equals(Division other) => ReferenceEquals(table, other.table) && unit == other.unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Division other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unit;

    /// <summary>Whether two values are the same unit.</summary>
    public static bool operator ==(Division left, Division right) => left.Equals(right);

    /// <summary>Whether two values are different units.</summary>
    public static bool operator !=(Division left, Division right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => table is null ? "" : $"{Code} {Name}";
}
