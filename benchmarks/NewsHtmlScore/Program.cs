using WorkTeam.Extraction.Benchmarks.NewsHtml;

// Usage: dotnet run --project benchmarks/NewsHtmlScore [-- CORPUS_DIR]
// Default corpus: $WORKTEAM_SHARED/corpora/news-html, else ../shared/corpora/news-html beside the repository.
var corpus = args.Length > 0 ? args[0] : FindCorpus();
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"news-html corpus not found at {corpus}");
    return 2;
}
Console.Write(NewsHtmlScorer.Format(NewsHtmlScorer.ScoreAll(corpus)));
return 0;

static string FindCorpus()
{
    if (Environment.GetEnvironmentVariable("WORKTEAM_SHARED") is { Length: > 0 } shared)
    {
        return Path.Combine(shared, "corpora", "news-html");
    }
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "WorkTeam.sln")))
        {
            return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpora", "news-html"));
        }
    }
    return "news-html";
}
