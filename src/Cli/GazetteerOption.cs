using System.CommandLine;
using System.Text;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Cli;

/// <summary>
/// <c>--gazetteer FILE</c> (repeatable) of <c>extract</c>, <c>summary</c> and <c>place</c>: places of one's own, in the
/// gazetteer's TSV form (README, "A gazetteer of one's own"), added to the shipped gazetteer in the order given. A file
/// that cannot be read or has an error is named on standard error with its line and left out; the run goes on with the
/// others and ends with exit code 1.
/// </summary>
internal sealed class GazetteerOption
{
    public Option<string[]> Option { get; } = new("--gazetteer")
    {
        Description = "Places of one's own (TSV: name, level, parent, short forms[, code[, parent code]]) added to the shipped gazetteer; repeatable.",
    };

    /// <summary>
    /// The shipped gazetteer with the files' places, or null when no file was given or none could be read; each file
    /// that could not be read named on <paramref name="stderr"/> (<c>workteam COMMAND: FILE:LINE: what is wrong</c>).
    /// </summary>
    /// <param name="parse">The command line.</param>
    /// <param name="stderr">Where the errors go.</param>
    /// <param name="command">The command's name, for the errors.</param>
    /// <param name="failed">Whether a file was left out.</param>
    public Gazetteer? Load(ParseResult parse, TextWriter stderr, string command, out bool failed)
    {
        failed = false;
        Gazetteer? gazetteer = null;
        foreach (var path in parse.GetValue(Option) ?? [])
        {
            if (Directory.Exists(path))
            {
                stderr.WriteLine($"workteam {command}: cannot read --gazetteer {path}: it is a directory, not a file");
                failed = true;
                continue;
            }
            try
            {
                // Strictly UTF-8: a file saved as GBK (Excel's default for Chinese) would otherwise load as mojibake names.
                using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
                gazetteer = (gazetteer ?? Gazetteer.Default).WithPlaces(reader, path);
            }
            catch (DecoderFallbackException)
            {
                stderr.WriteLine($"workteam {command}: {path}: not UTF-8 (save it as UTF-8 text; GBK is not read) (--gazetteer {path} left out)");
                failed = true;
            }
            catch (GazetteerFormatException e)
            {
                stderr.WriteLine($"workteam {command}: {e.Message} (--gazetteer {path} left out)");
                failed = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"workteam {command}: cannot read --gazetteer {path}: {e.Message}");
                failed = true;
            }
        }
        return gazetteer;
    }

    /// <summary>The context with the pipeline on the files' gazetteer (unchanged when none); <paramref name="failed"/> as <see cref="Load"/>.</summary>
    public CliContext Apply(CliContext context, ParseResult parse, string command, out bool failed) =>
        Load(parse, parse.InvocationConfiguration.Error, command, out failed) is { } gazetteer
            ? context with { Pipeline = context.Pipeline.WithGazetteer(gazetteer) }
            : context;

    /// <summary>The exit code of a run, made at least <see cref="WorkTeamCommand.SomeFailed"/> when a file was left out.</summary>
    public static int Worst(int code, bool failed) => failed ? Math.Max(code, WorkTeamCommand.SomeFailed) : code;
}
