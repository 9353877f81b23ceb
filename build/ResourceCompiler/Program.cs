using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using WorkTeam.Extraction.Collections;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.ResourceCompiler;

/// <summary>
/// Compiles the data laid out by <c>ResourceCompiler fetch</c> (RAW; see <see cref="Fetch"/>) into the
/// binary resources that WorkTeam.Extraction embeds (OUT). Usage: ResourceCompiler RAW OUT
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["fetch", var lockFile, var nugetRoot, var npmDir, var rawDir])
        {
            return Fetch.Run(lockFile, nugetRoot, npmDir, rawDir);
        }
        if (args is ["fetch-divisions", var divisionsLock, var divisionsNpmDir, var divisionsDir])
        {
            return Fetch.RunDivisions(divisionsLock, divisionsNpmDir, divisionsDir);
        }
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: ResourceCompiler RAW_DIR OUT_DIR");
            return 2;
        }
        string raw = args[0], output = args[1];
        Directory.CreateDirectory(output);
        File.Delete(Path.Combine(output, ".complete"));

        Write(output, ResourceFormat.JiebaDictionary, w => JiebaDictionaryCompiler.Write(w, Path.Combine(raw, "jieba", "dict.txt")));
        Write(output, ResourceFormat.JiebaHmm, w => HmmCompiler.WriteFinalseg(w, Path.Combine(raw, "jieba")));
        Write(output, ResourceFormat.JiebaPosHmm, w => HmmCompiler.WritePosseg(w, Path.Combine(raw, "jieba")));
        Write(output, ResourceFormat.JiebaIdf, w => WriteIdf(w, Path.Combine(raw, "jieba", "idf.txt")));
        Write(output, ResourceFormat.OpenCc, w => WriteOpenCc(w, Path.Combine(raw, "opencc")));
        Write(output, WorkTeam.Extraction.Places.DivisionFormat.FileName, w => DivisionCompiler.Write(w, Path.Combine(raw, "..", "divisions")));
        Write(output, WordListFormat.File, w => WordListCompiler.Write(w, Path.Combine(raw, "..", "divisions")));

        File.WriteAllText(Path.Combine(output, ".complete"), DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return 0;
    }

    private static void Write(string dir, string name, Action<BinaryWriter> body)
    {
        string path = Path.Combine(dir, name);
        string tmp = path + ".tmp";
        using (var stream = File.Create(tmp))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            body(writer);
        }
        File.Move(tmp, path, overwrite: true);
        Console.WriteLine($"ResourceCompiler: {name} {new FileInfo(path).Length:N0} bytes");
    }

    /// <summary>Pads with zeros to a multiple of <paramref name="alignment"/> from the start of the file.</summary>
    internal static void Align(BinaryWriter w, int alignment)
    {
        w.Flush();
        while (w.BaseStream.Position % alignment != 0)
        {
            w.Write((byte)0);
        }
    }

    internal static void WriteArray<T>(BinaryWriter w, T[] values) where T : struct
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static void WriteIdf(BinaryWriter w, string path)
    {
        var entries = new List<(string Word, double Idf)>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            int space = trimmed.LastIndexOf(' ');
            entries.Add((trimmed[..space], double.Parse(trimmed.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture)));
        }
        w.Write(ResourceFormat.JiebaIdfMagic);
        w.Write(ResourceFormat.Version);
        w.Write(entries.Count);
        foreach (var (word, idf) in entries)
        {
            w.Write(word);
            w.Write(idf);
        }
    }

    private static void WriteOpenCc(BinaryWriter w, string dir)
    {
        w.Write(ResourceFormat.OpenCcMagic);
        w.Write(ResourceFormat.Version);
        w.Write(ResourceFormat.OpenCcTables.Length);
        foreach (var table in ResourceFormat.OpenCcTables)
        {
            var entries = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
            int lineNo = 0;
            foreach (var line in File.ReadLines(Path.Combine(dir, table + ".txt"), Encoding.UTF8))
            {
                lineNo++;
                // OpenCC's dictionary sources carry '#' comment lines (licence, audit notes).
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }
                int tab = line.IndexOf('\t');
                if (tab <= 0 || tab == line.Length - 1)
                {
                    throw new FormatException($"{table}.txt line {lineNo}: '{line}'");
                }
                // OpenCC converts to the first candidate (DictEntry::GetDefault); the others are kept
                // because script detection asks whether a character is among its own candidates.
                var candidates = line[(tab + 1)..].Split(' ');
                if (candidates.Any(c => c.Length == 0))
                {
                    throw new FormatException($"{table}.txt line {lineNo}: empty candidate in '{line}'");
                }
                if (!entries.TryAdd(line[..tab], candidates))
                {
                    throw new FormatException($"{table}.txt line {lineNo}: duplicate key");
                }
            }

            var keys = entries.Keys.ToArray();
            var trie = DoubleArrayTrieBuilder.Build(keys, out var nodeOfKey);
            var entryOfNode = new int[trie.Size];
            Array.Fill(entryOfNode, -1);
            for (int k = 0; k < keys.Length; k++)
            {
                entryOfNode[nodeOfKey[k]] = k;
            }

            // Every string of the table in one UTF-16 pool: per entry its key, then its candidates.
            var pool = new StringBuilder();
            var stringStart = new List<int>();
            var entryFirstString = new List<int>();
            foreach (var (key, candidates) in entries)
            {
                entryFirstString.Add(stringStart.Count);
                foreach (var s in candidates.Prepend(key))
                {
                    stringStart.Add(pool.Length);
                    pool.Append(s);
                }
            }
            entryFirstString.Add(stringStart.Count);
            stringStart.Add(pool.Length);

            w.Write(table);
            WriteArray(w, pool.ToString().ToCharArray());
            WriteArray(w, stringStart.ToArray());
            WriteArray(w, entryFirstString.ToArray());
            WriteArray(w, trie.Codes.ToArray());
            WriteArray(w, trie.Bases.ToArray());
            WriteArray(w, trie.Checks.ToArray());
            WriteArray(w, entryOfNode);
            Console.WriteLine($"ResourceCompiler: {table} {keys.Length:N0} keys, {trie.Size:N0} cells");
        }
    }
}

/// <summary>dict.txt → double-array trie of every word and prefix, with frequency and tag per node.</summary>
internal static class JiebaDictionaryCompiler
{
    public static void Write(BinaryWriter w, string path)
    {
        // The same reading as jieba's gen_pfdict and posseg's load_word_tag: a later line wins,
        // every line adds to the total, and each prefix of a word is present with frequency 0.
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        var tagOf = new Dictionary<string, string>(StringComparer.Ordinal);
        long total = 0;
        int lineNo = 0;
        foreach (var rawLine in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var parts = line.Split(' ');
            if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int f))
            {
                throw new FormatException($"dict.txt line {lineNo}: '{line}'");
            }
            string word = parts[0];
            freq[word] = f;
            total += f;
            if (parts.Length == 3)
            {
                tagOf[word] = parts[2];
            }
            for (int i = 1; i < word.Length; i++)
            {
                freq.TryAdd(word[..i], 0);
            }
        }

        var keys = freq.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        // Nodes placed by how often running text reaches them (a word's frequency, summed over a
        // prefix's words): what a text walks through is packed at the front of the cells.
        var trie = DoubleArrayTrieBuilder.Build(keys, out var nodeOfKey, keys.Select(k => (long)freq[k]).ToArray());

        var tags = tagOf.Values.Distinct().Order(StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (byte)(p.i + 1), StringComparer.Ordinal);
        var nodeFreq = new int[trie.Size];
        var nodeTag = new byte[trie.Size];
        for (int k = 0; k < keys.Length; k++)
        {
            int node = nodeOfKey[k];
            nodeFreq[node] = freq[keys[k]];
            if (tagOf.TryGetValue(keys[k], out var tag))
            {
                nodeTag[node] = tagIndex[tag];
            }
        }

        // Layout (see JiebaDictionary.LoadEmbedded): header, then one 6-byte cell per trie node packing
        // its children's base, its label (the code of the character leading to it, which stands in for
        // the parent check: bases are distinct) and the index of its frequency in a table of the
        // distinct frequencies (two bytes of padding after the last cell, for 8-byte reads); then the
        // frequency table (the frequencies, then their logs, computed here as jieba computes them at
        // load), the char codes, and one tag byte per cell, which only tagging reads.
        var distinct = nodeFreq.Where(f => f > 0).Distinct().Order().Prepend(0).ToArray();
        var freqIndex = distinct.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i);
        w.Write(ResourceFormat.JiebaDictionaryMagic);
        w.Write(ResourceFormat.Version);
        w.Write(total);
        w.Write(tags.Length);
        foreach (var t in tags)
        {
            w.Write(t);
        }
        w.Write(trie.Size);
        w.Write(distinct.Length);
        Program.Align(w, 16);
        var bases = trie.Bases;
        var checks = trie.Checks;
        Span<byte> packed = stackalloc byte[8];
        for (int i = 0; i < trie.Size; i++)
        {
            int parent = checks[i];
            int label = i == DoubleArrayTrie.Root || parent <= 0 ? 0 : i - bases[parent];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(packed,
                ResourceFormat.PackDictionaryCell(bases[i], label, freqIndex[nodeFreq[i]]));
            w.Write(packed[..ResourceFormat.CellBytes]);
        }
        w.Write((ushort)0); // padding: the last cell is read as 8 bytes
        Program.Align(w, 4);
        foreach (int f in distinct)
        {
            w.Write(f);
        }
        Program.Align(w, 8);
        foreach (int f in distinct)
        {
            w.Write(f > 0 ? Math.Log(f) : double.NaN);
        }
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(trie.Codes));
        w.Write(nodeTag);
        Console.WriteLine($"ResourceCompiler: dict.txt {keys.Length:N0} words and prefixes, {trie.Size:N0} cells, total {total:N0}");
    }
}

/// <summary>finalseg and posseg HMM tables (jieba.NET's JSON copies of jieba's) → compact binary tables.</summary>
internal static class HmmCompiler
{
    private const string FinalsegStates = "BEMS"; // sorted, so a larger index is a larger state

    public static void WriteFinalseg(BinaryWriter w, string dir)
    {
        var start = JiebaNetJson.FinalsegStart(); // not in jieba.NET's package: see there for the source
        var trans = (Dictionary<object, object>)JiebaNetJson.Load(dir, "prob_trans.json", stateKeys: false);
        var emit = (Dictionary<object, object>)JiebaNetJson.Load(dir, "prob_emit.json", stateKeys: false);
        w.Write(ResourceFormat.JiebaHmmMagic);
        w.Write(ResourceFormat.Version);
        foreach (char s in FinalsegStates)
        {
            w.Write(start.TryGetValue(s.ToString(), out var p) ? (double)p : ResourceFormat.MinFloat);
        }
        foreach (char from in FinalsegStates)
        {
            var row = (Dictionary<object, object>)trans[from.ToString()];
            foreach (char to in FinalsegStates)
            {
                w.Write(row.TryGetValue(to.ToString(), out var p) ? (double)p : ResourceFormat.MinFloat);
            }
        }
        foreach (char s in FinalsegStates)
        {
            WriteCharTable(w, (Dictionary<object, object>)emit[s.ToString()]);
        }
    }

    public static void WritePosseg(BinaryWriter w, string dir)
    {
        var start = (Dictionary<object, object>)JiebaNetJson.Load(dir, "pos_prob_start.json", stateKeys: true);
        var trans = (Dictionary<object, object>)JiebaNetJson.Load(dir, "pos_prob_trans.json", stateKeys: true);
        var emit = (Dictionary<object, object>)JiebaNetJson.Load(dir, "pos_prob_emit.json", stateKeys: true);
        var charStates = (Dictionary<object, object>)JiebaNetJson.Load(dir, "char_state_tab.json", stateKeys: true);

        // Python compares state tuples element by element; ids in that order make "larger id" mean "larger state".
        var states = trans.Keys.Cast<List<object>>()
            .Select(t => (Pos: (string)t[0], Tag: (string)t[1]))
            .OrderBy(s => s.Pos, StringComparer.Ordinal).ThenBy(s => s.Tag, StringComparer.Ordinal)
            .ToArray();
        var id = states.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        int Id(object o)
        {
            var t = (List<object>)o;
            return id[((string)t[0], (string)t[1])];
        }

        w.Write(ResourceFormat.JiebaPosHmmMagic);
        w.Write(ResourceFormat.Version);
        w.Write(states.Length);
        foreach (var (pos, tag) in states)
        {
            w.Write(pos[0]);
            w.Write(tag);
        }
        var startP = new double[states.Length];
        Array.Fill(startP, ResourceFormat.MinFloat);
        foreach (var (k, v) in start)
        {
            startP[Id(k)] = (double)v;
        }
        Program.WriteArray(w, startP);
        foreach (var s in states)
        {
            var row = (Dictionary<object, object>)trans[new List<object> { s.Pos, s.Tag }];
            w.Write(row.Count);
            foreach (var (to, p) in row)
            {
                w.Write(Id(to));
                w.Write((double)p);
            }
        }
        foreach (var s in states)
        {
            var key = new List<object> { s.Pos, s.Tag };
            WriteCharTable(w, emit.TryGetValue(key, out var row) ? (Dictionary<object, object>)row : []);
        }
        w.Write(charStates.Count);
        foreach (var (ch, list) in charStates)
        {
            w.Write(SingleChar(ch));
            var ids = ((List<object>)list).Select(Id).ToArray();
            w.Write(ids.Length);
            foreach (var i in ids)
            {
                w.Write(i);
            }
        }
    }

    private static void WriteCharTable(BinaryWriter w, Dictionary<object, object> table)
    {
        w.Write(table.Count);
        foreach (var (ch, p) in table)
        {
            w.Write((ushort)SingleChar(ch));
            w.Write((double)p);
        }
    }

    private static char SingleChar(object key)
    {
        var s = (string)key;
        if (s.Length != 1)
        {
            throw new FormatException($"HMM table key '{s}' is not one UTF-16 character.");
        }
        return s[0];
    }
}
