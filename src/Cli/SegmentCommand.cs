using System.CommandLine;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Cli;

/// <summary><c>workteam segment</c>: each input line's tokens, joined by a delimiter, one output line per input line.</summary>
internal static class SegmentCommand
{
    public static Command Create(TextReader stdin)
    {
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "precise (default), full or search",
            DefaultValueFactory = _ => "precise",
        };
        mode.AcceptOnlyFromAmong("precise", "full", "search");
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not join unknown words with the HMM." };
        var pos = new Option<bool>("--pos") { Description = "Tag each token with its part of speech (word/tag); precise mode only." };
        var delimiter = new Option<string>("--delimiter", "-d")
        {
            Description = "What goes between tokens (default: one space).",
            DefaultValueFactory = _ => " ",
        };
        var userDict = new Option<string[]>("--user-dict")
        {
            Description = "A user dictionary in jieba's 'word freq tag' format (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var files = new Argument<string[]>("FILE") { Description = "UTF-8 text files; none or '-' reads standard input.", Arity = ArgumentArity.ZeroOrMore };

        var command = new Command("segment", """
            Segment Chinese text with the Jieba algorithm, keeping the input's lines.
            Traditional lines are segmented on their simplified view; tokens keep the original characters.

            Examples:
              workteam segment seeds/001.txt
              echo 我来到北京清华大学 | workteam segment --mode full
              workteam segment --pos --delimiter ' | ' report.txt
            """)
        {
            mode, noHmm, pos, delimiter, userDict, files,
        };
        command.SetAction(parse =>
        {
            var segmentationMode = parse.GetValue(mode) switch
            {
                "full" => SegmentationMode.Full,
                "search" => SegmentationMode.Search,
                _ => SegmentationMode.Precise,
            };
            bool tags = parse.GetValue(pos);
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (tags && segmentationMode != SegmentationMode.Precise)
            {
                stderr.WriteLine("workteam segment: --pos works in precise mode only.");
                return WorkTeamCommand.UsageError;
            }
            Segmenter segmenter;
            try
            {
                var builder = new SegmenterBuilder();
                foreach (var path in parse.GetValue(userDict) ?? [])
                {
                    builder.AddUserDictionary(path);
                }
                segmenter = builder.Build();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                stderr.WriteLine($"workteam segment: {e.Message}");
                return WorkTeamCommand.UsageError;
            }
            bool hmm = !parse.GetValue(noHmm);
            string sep = parse.GetValue(delimiter) ?? " ";
            var ranges = Array.Empty<TokenRange>();
            var tagged = Array.Empty<TaggedRange>();
            var garbage = new GarbageBound(GarbageBound.DefaultBytes);
            return InputFiles.ForEach(parse.GetValue(files) ?? [], stdin, stderr, (_, reader) =>
            {
                while (reader.ReadLine() is { } line)
                {
                    garbage.Check();
                    // A token has at least one character, so in precise mode a buffer as long as the line suffices.
                    if (tags)
                    {
                        if (tagged.Length < line.Length)
                        {
                            tagged = new TaggedRange[Math.Max(line.Length, tagged.Length * 2)];
                        }
                        segmenter.TryCutWithTags(line, tagged, out int count, hmm);
                        for (int i = 0; i < count; i++)
                        {
                            if (i > 0)
                            {
                                stdout.Write(sep);
                            }
                            stdout.Write(line.AsSpan(tagged[i].Start, tagged[i].Length));
                            stdout.Write('/');
                            stdout.Write(tagged[i].Tag);
                        }
                    }
                    else
                    {
                        if (ranges.Length < line.Length)
                        {
                            ranges = new TokenRange[Math.Max(line.Length, ranges.Length * 2)];
                        }
                        // Full and search modes overlap their words and can yield more tokens than characters.
                        if (!segmenter.TryCut(line, ranges, out int count, segmentationMode, hmm))
                        {
                            ranges = new TokenRange[count];
                            segmenter.TryCut(line, ranges, out count, segmentationMode, hmm);
                        }
                        for (int i = 0; i < count; i++)
                        {
                            if (i > 0)
                            {
                                stdout.Write(sep);
                            }
                            stdout.Write(line.AsSpan(ranges[i].Start, ranges[i].Length));
                        }
                    }
                    stdout.Write('\n');
                }
            });
        });
        return command;
    }
}
