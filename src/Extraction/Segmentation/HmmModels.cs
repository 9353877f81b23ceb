using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// Jieba's finalseg HMM over the states B, E, M, S (indices 0..3, in character order so that a
/// larger index is a larger state, as in jieba's tie-breaking). Log-probabilities. Emissions are
/// one row of four (one per state) for each character the model knows, and a row index per BMP
/// character (row 0: MIN_FLOAT for all four), so a Viterbi step reads one 32-byte row and the
/// table is a few hundred kilobytes instead of four dense 512 KB arrays.
/// </summary>
internal sealed class FinalsegModel
{
    public const int B = 0, E = 1, M = 2, S = 3;

    public FinalsegModel(double[] start, double[] trans, ushort[] emitRowOf, double[] emitRows)
    {
        Start = start;
        Trans = trans;
        EmitRowOf = emitRowOf;
        EmitRows = emitRows;
    }

    public double[] Start { get; }

    /// <summary>Transition log-probability from state i to j at [i * 4 + j].</summary>
    public double[] Trans { get; }

    /// <summary>The emission row of each BMP character; 0 for a character with no emission.</summary>
    public ushort[] EmitRowOf { get; }

    /// <summary>Emission log-probabilities at [row * 4 + state], MIN_FLOAT where jieba has none.</summary>
    public double[] EmitRows { get; }

    /// <summary>
    /// Reads the model from the assembly's mapped image with a cursor (a pointer read per value):
    /// through a <see cref="BinaryReader"/>, a stream call per value, loading was a few milliseconds
    /// of the first segmented line.
    /// </summary>
    public static FinalsegModel LoadEmbedded()
    {
        var resource = MappedResource.Open(ResourceFormat.JiebaHmm);
        var cursor = resource.Cursor(ResourceFormat.JiebaHmmMagic);
        var start = new double[4];
        for (int i = 0; i < 4; i++)
        {
            start[i] = cursor.ReadDouble();
        }
        var trans = new double[16];
        for (int i = 0; i < 16; i++)
        {
            trans[i] = cursor.ReadDouble();
        }
        var rowOf = new ushort[65536];
        // A plain array grown by hand: List<double> is generic code over a value type that the
        // precompiled image lacks, and JIT-compiling it was part of the first line's time.
        var rows = new double[4 * 8192];
        int rowCount = 1;
        for (int k = 0; k < 4; k++)
        {
            rows[k] = ResourceFormat.MinFloat;
        }
        for (int s = 0; s < 4; s++)
        {
            int n = cursor.ReadInt32();
            if (n < 0)
            {
                throw new ResourceLoadException(resource.Name, "negative table length.");
            }
            for (int i = 0; i < n; i++)
            {
                char c = (char)cursor.ReadUInt16();
                double p = cursor.ReadDouble();
                if (rowOf[c] == 0)
                {
                    if (rowCount > ushort.MaxValue)
                    {
                        throw new ResourceLoadException(resource.Name, "more emission rows than a row index holds.");
                    }
                    if (rowCount * 4 == rows.Length)
                    {
                        var grown = new double[rows.Length * 2];
                        Array.Copy(rows, grown, rows.Length);
                        rows = grown;
                    }
                    for (int k = rowCount * 4; k < rowCount * 4 + 4; k++)
                    {
                        rows[k] = ResourceFormat.MinFloat;
                    }
                    rowOf[c] = (ushort)rowCount++;
                }
                rows[rowOf[c] * 4 + s] = p;
            }
        }
        var used = new double[rowCount * 4];
        Array.Copy(rows, used, used.Length);
        return new FinalsegModel(start, trans, rowOf, used);
    }
}

/// <summary>
/// Jieba's posseg HMM: states are (B/M/E/S, tag) pairs numbered in Python's tuple order.
/// </summary>
internal sealed class PossegModel
{
    public PossegModel(char[] statePos, string[] stateTag, double[] start, int[][] transTo, double[][] transP,
        Dictionary<int, double> emit, Dictionary<char, int[]> charStates)
    {
        StatePos = statePos;
        StateTag = stateTag;
        Start = start;
        TransTo = transTo;
        TransP = transP;
        EmitTable = emit;
        CharStates = charStates;
        StateCount = statePos.Length;
        AllStates = Enumerable.Range(0, StateCount).ToArray();
        TransDense = new double[StateCount * StateCount];
        Array.Fill(TransDense, double.NegativeInfinity); // posseg's MIN_INF for a missing transition
        for (int s = 0; s < StateCount; s++)
        {
            for (int k = 0; k < transTo[s].Length; k++)
            {
                TransDense[s * StateCount + transTo[s][k]] = transP[s][k];
            }
        }
    }

    public int StateCount { get; }
    public char[] StatePos { get; }
    public string[] StateTag { get; }
    public double[] Start { get; }
    public int[][] TransTo { get; }
    public double[][] TransP { get; }
    public double[] TransDense { get; }
    public int[] AllStates { get; }
    public Dictionary<char, int[]> CharStates { get; }
    private Dictionary<int, double> EmitTable { get; }

    public double Emit(int state, char c) =>
        EmitTable.TryGetValue((state << 16) | c, out var p) ? p : ResourceFormat.MinFloat;

    public static PossegModel LoadEmbedded() =>
        EmbeddedResources.Load(ResourceFormat.JiebaPosHmm, ResourceFormat.JiebaPosHmmMagic, reader =>
        {
            int n = reader.ReadInt32();
            var pos = new char[n];
            var tag = new string[n];
            for (int i = 0; i < n; i++)
            {
                pos[i] = reader.ReadChar();
                tag[i] = string.Intern(reader.ReadString());
            }
            var start = EmbeddedResources.ReadArray<double>(reader);
            var transTo = new int[n][];
            var transP = new double[n][];
            for (int s = 0; s < n; s++)
            {
                int m = reader.ReadInt32();
                transTo[s] = new int[m];
                transP[s] = new double[m];
                for (int k = 0; k < m; k++)
                {
                    transTo[s][k] = reader.ReadInt32();
                    transP[s][k] = reader.ReadDouble();
                }
            }
            var emit = new Dictionary<int, double>();
            for (int s = 0; s < n; s++)
            {
                int m = reader.ReadInt32();
                for (int k = 0; k < m; k++)
                {
                    char c = (char)reader.ReadUInt16();
                    emit[(s << 16) | c] = reader.ReadDouble();
                }
            }
            int chars = reader.ReadInt32();
            var charStates = new Dictionary<char, int[]>(chars);
            for (int i = 0; i < chars; i++)
            {
                char c = reader.ReadChar();
                int m = reader.ReadInt32();
                var ids = new int[m];
                for (int k = 0; k < m; k++)
                {
                    ids[k] = reader.ReadInt32();
                }
                charStates[c] = ids;
            }
            return new PossegModel(pos, tag, start, transTo, transP, emit, charStates);
        });
}
