using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Cli;

/// <summary>What every command that reads documents is given: standard input, the pipeline, the terminal and Ctrl+C.</summary>
/// <param name="Stdin">Standard input (a <see cref="StreamReader"/> on the console, or a test's reader).</param>
/// <param name="Pipeline">The seam to the library's stages.</param>
/// <param name="StderrIsTerminal">Whether a progress bar may be drawn on standard error.</param>
/// <param name="Cancel">Signalled on Ctrl+C: the run stops and leaves no partial output.</param>
/// <param name="StdinIsTerminal">Whether standard input is a terminal (someone would have to type the document).</param>
/// <param name="StdoutPath">A path to the file standard output is redirected to (/proc/self/fd/1), or null: never read as an input.</param>
/// <param name="MaxInputBytes">The largest document read from a JSON line (<c>--jsonl-input</c>), as files are capped.</param>
internal sealed record CliContext(
    TextReader Stdin, IDocumentPipeline Pipeline, bool StderrIsTerminal, CancellationToken Cancel, bool StdinIsTerminal = false,
    string? StdoutPath = null, long MaxInputBytes = WorkTeam.Extraction.Documents.DocumentLoadOptions.DefaultMaxBytes);

/// <summary>The options shared by the commands that read many documents.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files, folders (searched recursively) or '-' for standard input; none reads standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Documents processed at once (default: all cores). Output order does not depend on it.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<string[]> Include { get; } = new("--include")
    {
        Description = "Glob of files to take from folders (repeatable or comma-separated; default *.txt,*.htm,*.html).",
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Glob of files or folders to leave out (repeatable or comma-separated).",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "No progress bar and no closing count on standard error (errors are still named)." };

    /// <summary>The files the command writes (set before the run): skipped if met among the inputs.</summary>
    public List<string> Outputs { get; } = [];

    /// <summary>The most jobs accepted: far above any core count, far below what would exhaust threads or memory.</summary>
    public const int MaxJobs = 1024;

    public void AddTo(Command command)
    {
        command.Options.Add(Jobs);
        command.Options.Add(Include);
        command.Options.Add(Exclude);
        command.Options.Add(Quiet);
        command.Arguments.Add(Paths);
    }

    /// <summary>The jobs asked for, or null after naming the usage error on standard error.</summary>
    public int? JobsOrError(ParseResult parse, TextWriter stderr)
    {
        int jobs = parse.GetValue(Jobs);
        if (jobs < 1 || jobs > MaxJobs)
        {
            stderr.WriteLine($"workteam: --jobs must be between 1 and {MaxJobs}, not {jobs}.");
            return null;
        }
        return jobs;
    }
}

/// <summary>One document's result: the loaded document and the command's work on it, or why it failed.</summary>
/// <param name="Document">The loaded document, or null when it failed.</param>
/// <param name="Result">The command's work on it.</param>
/// <param name="Error">Why it failed, as shown after its name, or null.</param>
/// <param name="BlockFault">On a block's first document, when the block's work failed but each of its documents then worked alone: why it failed.</param>
internal readonly record struct DocumentOutcome<T>(RunDocument? Document, T? Result, string? Error, string? BlockFault = null);

/// <summary>
/// Reads documents in parallel, runs a command's work on each, and hands the results to the
/// command in input order. A document that fails is named on standard error with the reason and
/// the run goes on; the exit code says whether any failed.
/// </summary>
internal static class DocumentRun
{
    /// <summary>Runs over the files and folders of the command line.</summary>
    public static int Files<T>(CliContext context, ParseResult parse, InputOptions options, Func<RunDocument, T> work, Action<RunDocument, T> consume) =>
        Files(context, parse, options, work, consume, out _);

    /// <summary>
    /// Runs over the files and folders of the command line, a block of files at a time through <paramref name="workBlock"/>
    /// (see <see cref="Run{TIn, T}(CliContext, TextWriter, IEnumerable{TIn}, int, int, bool, Func{TIn, string}, Func{TIn, RunDocument}, Func{RunDocument, T}, Action{RunDocument, T}, Func{IReadOnlyList{RunDocument}, IReadOnlyList{T}}?, Func{TIn, long}?)"/>).
    /// </summary>
    public static int Files<T>(CliContext context, ParseResult parse, InputOptions options, Func<RunDocument, T> work, Func<IReadOnlyList<RunDocument>, IReadOnlyList<T>> workBlock, Action<RunDocument, T> consume) =>
        Files(context, parse, options, work, consume, out _, workBlock);

    /// <summary>Runs over the files and folders of the command line; <paramref name="failed"/> counts the inputs not read (missing or failed).</summary>
    public static int Files<T>(CliContext context, ParseResult parse, InputOptions options, Func<RunDocument, T> work, Action<RunDocument, T> consume, out int failed,
        Func<IReadOnlyList<RunDocument>, IReadOnlyList<T>>? workBlock = null)
    {
        failed = 0;
        var stderr = parse.InvocationConfiguration.Error;
        // An unknown option lands among the paths (their arity is open): say so rather than "no such file".
        foreach (var path in parse.GetValue(options.Paths) ?? [])
        {
            if (path.StartsWith('-') && path != "-" && !Path.Exists(path))
            {
                stderr.WriteLine($"workteam: unknown option '{path}'. Try 'workteam {parse.CommandResult.Command.Name} --help'.");
                return WorkTeamCommand.UsageError;
            }
        }
        int missing = 0;
        var inputs = InputExpansion.Expand(
            parse.GetValue(options.Paths) ?? [], parse.GetValue(options.Include) ?? [], parse.GetValue(options.Exclude) ?? [],
            path =>
            {
                stderr.WriteLine($"workteam: {path}: no such file or folder");
                missing++;
            },
            (folder, globs) => stderr.WriteLine($"workteam: {folder}: warning: no file in this folder matches {globs} (see --include and --exclude)"),
            (path, note) => stderr.WriteLine($"workteam: {path}: {note}"),
            OutputsOf(context, options)).ToList();
        int jobs = parse.GetValue(options.Jobs);
        bool quiet = parse.GetValue(options.Quiet);
        if (context.StdinIsTerminal && inputs.Any(input => input.Path is null))
        {
            // A command given no PATH reads standard input; at a terminal that looks like a hang.
            stderr.WriteLine("workteam: reading the document from standard input (no PATH given); end it with Ctrl+D.");
        }
        failed = missing + Run(context, stderr, inputs, inputs.Count, jobs, quiet, input => input.Doc, input => Load(context, input), work, consume, workBlock, FileWeight);
        return failed == 0 ? WorkTeamCommand.Ok : WorkTeamCommand.SomeFailed;
    }

    /// <summary>The files the run writes (standard output when it is a file, --out, --db): never read as inputs.</summary>
    private static List<string> OutputsOf(CliContext context, InputOptions options)
    {
        var outputs = new List<string>(options.Outputs);
        if (context.StdoutPath is { } stdout)
        {
            outputs.Add(stdout);
        }
        return outputs;
    }

    /// <summary>A file's share of a block: its size in bytes (0 for standard input, or a file that went away).</summary>
    private static long FileWeight(InputSource input) => input.Path is { } path ? SizeOf(path) : 0;

    /// <summary>Loads one input through the pipeline: a file by path, standard input by stream when there is one.</summary>
    public static RunDocument Load(CliContext context, InputSource input)
    {
        if (input.Error is { } error)
        {
            throw new DocumentLoadException(error);
        }
        if (input.Path is { } path)
        {
            return LoadFile(context.Pipeline, path, input.Doc);
        }
        if (context.Stdin is StreamReader { BaseStream: { } stream })
        {
            var counting = new CountingStream(stream);
            var document = context.Pipeline.Load(counting, input.Doc);
            var read = counting.BytesRead;
            return new RunDocument(input.Doc, document, () => read);
        }
        return FromText(context.Pipeline, context.Stdin.ReadToEnd(), input.Doc);
    }

    /// <summary>Loads the file at <paramref name="path"/>, named <paramref name="doc"/> in the output.</summary>
    public static RunDocument LoadFile(IDocumentPipeline pipeline, string path, string doc) =>
        new(doc, pipeline.Load(path), () => SizeOf(path));

    /// <summary>A file's size for the progress bar, asked after it was read: 0 if it went away since.</summary>
    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>A document of decoded text, named <paramref name="doc"/>.</summary>
    public static RunDocument FromText(IDocumentPipeline pipeline, string text, string doc) =>
        new(doc, pipeline.FromText(text, doc), () => Encoding.UTF8.GetByteCount(text));

    /// <summary>Whether <paramref name="e"/> means the input cannot be read (named, and the run goes on).</summary>
    public static bool IsUnreadable(Exception e) => e is DocumentLoadException or IOException or UnauthorizedAccessException;

    /// <summary>Why an input cannot be read, as shown after its name.</summary>
    public static string Reason(Exception e) => e is DocumentLoadException { Reason: { } reason } ? reason : e.Message;

    /// <summary>A read-only pass-through that counts the bytes read (for MB/s on standard input).</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Counted(int n)
        {
            BytesRead += n;
            return n;
        }
    }

    /// <summary>The most documents of one block, and the most input (bytes of a file, characters of a JSON line): the library's own block.</summary>
    public const int BlockDocuments = 256;

    public const long BlockWeight = 32 * 1024;

    /// <summary>
    /// The general run: returns how many inputs failed. With <paramref name="workBlock"/>, the inputs go by blocks (up to
    /// <see cref="BlockDocuments"/> documents and <see cref="BlockWeight"/> of input by <paramref name="weight"/>, a
    /// heavier input alone): a worker loads a block's documents and gives them to <paramref name="workBlock"/> at once
    /// (the library reads a block stage by stage), and the consumer gets them one by one in input order, as without.
    /// When the block's work throws, each of its documents is worked on again alone with <paramref name="work"/>, so the one
    /// that fails is named and every other one keeps its result. Without <paramref name="workBlock"/>, each document alone.
    /// </summary>
    public static int Run<TIn, T>(
        CliContext context, TextWriter stderr, IEnumerable<TIn> inputs, int total, int jobs, bool quiet,
        Func<TIn, string> name, Func<TIn, RunDocument> load, Func<RunDocument, T> work, Action<RunDocument, T> consume,
        Func<IReadOnlyList<RunDocument>, IReadOnlyList<T>>? workBlock = null, Func<TIn, long>? weight = null)
    {
        var progress = new ProgressBar(stderr, enabled: context.StderrIsTerminal && !quiet, total);
        int failed = 0;
        int done = 0;
        var garbage = new GarbageBound(GarbageBound.DocumentBytesPerJob * Math.Max(1, jobs), process: true);
        OrderedParallel.Run(
            Blocks(inputs, BlockSize(workBlock is not null, total, jobs), weight),
            jobs,
            block =>
            {
                // Collected where a block begins, not after each document consumed: there the block being consumed (its
                // documents, texts and facts, up to 256 documents) was alive and each collection copied it into gen1.
                garbage.Check();
                return WorkOn(block, load, work, workBlock, context.Cancel);
            },
            (block, outcomes) =>
            {
                for (int i = 0; i < block.Count; i++)
                {
                    var (input, outcome) = (block[i], outcomes[i]);
                    if (outcome.BlockFault is { } fault && !quiet)
                    {
                        // Nothing else would say so: every document came out, but a library fault was worked around.
                        progress.Clear();
                        stderr.WriteLine($"workteam: {name(block[0])} to {name(block[^1])}: warning: the block of {block.Count} documents failed " +
                            $"as a whole ({fault}) and was extracted again a document at a time; each one worked alone.");
                    }
                    done++;
                    progress.Advance(outcome.Document);
                    if (outcome.Error is not null)
                    {
                        progress.Clear();
                        stderr.WriteLine($"workteam: {name(input)}: {outcome.Error}");
                        failed++;
                        continue;
                    }
                    if (outcome.Document!.Document.Warnings is { Count: > 0 } warnings)
                    {
                        progress.Clear();
                        foreach (var warning in warnings)
                        {
                            stderr.WriteLine($"workteam: {name(input)}: warning: {warning}");
                        }
                    }
                    consume(outcome.Document!, outcome.Result!);
                }
            },
            context.Cancel);
        progress.Clear();
        if (failed > 0 && !quiet)
        {
            stderr.WriteLine($"workteam: {failed} of {done} documents failed.");
        }
        return failed;
    }

    /// <summary>
    /// How many documents a block holds at most: one without block work; else <see cref="BlockDocuments"/>, but with
    /// several jobs and a known count of inputs, few enough that every job gets four blocks (a folder of 20 reports with
    /// <c>--jobs 2</c> goes as 8 blocks, not as one block on one thread).
    /// </summary>
    private static int BlockSize(bool blocks, int total, int jobs) =>
        !blocks ? 1 : jobs > 1 && total > 0 ? Math.Clamp(total / (jobs * 4), 1, BlockDocuments) : BlockDocuments;

    /// <summary>
    /// The inputs in blocks of up to <paramref name="most"/> and <see cref="BlockWeight"/> by <paramref name="weight"/>. An
    /// input is weighed before it joins: one that would take the block past the limit closes it and starts the next, so a
    /// bigger input goes alone (never beside others, nor extracted again when one of them fails). A failing source gives
    /// the block read so far, then its error (the inputs before it are worked on and consumed first).
    /// </summary>
    private static IEnumerable<List<TIn>> Blocks<TIn>(IEnumerable<TIn> inputs, int most, Func<TIn, long>? weight)
    {
        using var each = inputs.GetEnumerator();
        bool held = false;
        TIn next = default!;
        long nextWeight = 0;
        while (true)
        {
            var block = new List<TIn>(Math.Min(most, 16));
            ExceptionDispatchInfo? failed = null;
            bool ended = false;
            long sum = 0;
            if (held)
            {
                // The input that closed the last block opens this one.
                block.Add(next);
                sum = nextWeight;
                held = false;
            }
            while (block.Count < most && sum < BlockWeight)
            {
                try
                {
                    if (!each.MoveNext())
                    {
                        ended = true;
                        break;
                    }
                }
#pragma warning disable CA1031 // Not swallowed: thrown once the inputs read before it are handed on.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failed = ExceptionDispatchInfo.Capture(e);
                    break;
                }
                long heft = weight?.Invoke(each.Current) ?? 0;
                if (block.Count > 0 && sum + heft > BlockWeight)
                {
                    (held, next, nextWeight) = (true, each.Current, heft);
                    break;
                }
                block.Add(each.Current);
                sum += heft;
            }
            if (block.Count > 0)
            {
                yield return block;
            }
            failed?.Throw();
            if (ended)
            {
                yield break;
            }
        }
    }

    /// <summary>One worker's block: its documents loaded, then worked on together, or alone when together fails.</summary>
    private static DocumentOutcome<T>[] WorkOn<TIn, T>(
        List<TIn> block, Func<TIn, RunDocument> load, Func<RunDocument, T> work, Func<IReadOnlyList<RunDocument>, IReadOnlyList<T>>? workBlock, CancellationToken cancel)
    {
        var outcomes = new DocumentOutcome<T>[block.Count];
        var loaded = new List<RunDocument>(block.Count);
        var at = new List<int>(block.Count);
        for (int i = 0; i < block.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                loaded.Add(load(block[i]));
                at.Add(i);
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                outcomes[i] = new DocumentOutcome<T>(null, default, Reason(e));
            }
        }
        string? blockFault = null;
        if (workBlock is not null && loaded.Count > 1)
        {
            IReadOnlyList<T>? results = null;
            try
            {
                results = workBlock(loaded);
            }
#pragma warning disable CA1031 // The block is worked on again document by document: the one at fault is named there.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                blockFault = $"{e.GetType().Name}: {e.Message}";
            }
            if (results is not null && results.Count != loaded.Count)
            {
                blockFault = $"{results.Count} results for {loaded.Count} documents";
            }
            if (results is not null && results.Count == loaded.Count)
            {
                for (int k = 0; k < loaded.Count; k++)
                {
                    outcomes[at[k]] = new DocumentOutcome<T>(loaded[k], results[k], null);
                }
                return outcomes;
            }
        }
        for (int k = 0; k < loaded.Count; k++)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                outcomes[at[k]] = new DocumentOutcome<T>(loaded[k], work(loaded[k]), null);
            }
#pragma warning disable CA1031 // A fault on one document of thousands is named and the run goes on.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                outcomes[at[k]] = new DocumentOutcome<T>(null, default, $"failed while processing: {e.GetType().Name}: {e.Message}");
                blockFault = null; // the document at fault is named: that says enough
            }
        }
        if (blockFault is not null)
        {
            outcomes[0] = outcomes[0] with { BlockFault = blockFault };
        }
        return outcomes;
    }
}

/// <summary>
/// A one-line progress bar on standard error (files done, MB/s, ETA), drawn only when standard
/// error is a terminal and the run has lasted a second; cleared before any other message.
/// </summary>
internal sealed class ProgressBar(TextWriter stderr, bool enabled, int total)
{
    private const int Width = 28;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _bytes;
    private int _done;
    private long _lastDraw = -1000;
    private int _drawnLength;

    /// <summary>Counts one input done (<paramref name="document"/>'s bytes only when the bar is drawn: finding them may cost a stat).</summary>
    public void Advance(RunDocument? document)
    {
        _done++;
        if (!enabled)
        {
            return;
        }
        _bytes += document?.Bytes ?? 0;
        long now = _clock.ElapsedMilliseconds;
        if (now < 1000 || now - _lastDraw < 200)
        {
            return;
        }
        _lastDraw = now;
        double seconds = now / 1000.0;
        double rate = _bytes / 1e6 / seconds;
        string line;
        if (total > 0)
        {
            int filled = (int)((long)Width * _done / total);
            double eta = (total - _done) * seconds / _done;
            line = string.Create(CultureInfo.InvariantCulture,
                $"[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{total} files  {rate:F1} MB/s  ETA {FormatEta(eta)}");
        }
        else
        {
            line = string.Create(CultureInfo.InvariantCulture, $"{_done} documents  {rate:F1} MB/s");
        }
        stderr.Write('\r' + line.PadRight(_drawnLength));
        _drawnLength = line.Length;
        stderr.Flush();
    }

    private static string FormatEta(double seconds)
    {
        var eta = TimeSpan.FromSeconds(Math.Ceiling(seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)eta.TotalHours}:{eta.Minutes:00}:{eta.Seconds:00}");
    }

    public void Clear()
    {
        if (_drawnLength > 0)
        {
            stderr.Write('\r' + new string(' ', _drawnLength) + '\r');
            stderr.Flush();
            _drawnLength = 0;
        }
    }
}
