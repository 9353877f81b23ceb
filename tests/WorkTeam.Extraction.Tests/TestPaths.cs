namespace WorkTeam.Extraction.Tests;

/// <summary>Where the repository, its seeds and the optional shared corpora are, seen from a test run.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    /// <summary>The shared folder beside the clone (../shared), or WORKTEAM_SHARED; may not exist.</summary>
    public static string Shared { get; } =
        Environment.GetEnvironmentVariable("WORKTEAM_SHARED") is { Length: > 0 } s
            ? s
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Corpus(string name) => Path.Combine(Shared, "corpora", name);

    public static string Seed(string fileName) => Path.Combine(Seeds, fileName);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkTeam.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("WorkTeam.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// A fact that needs one of the shared corpora (../shared/corpora/NAME): skipped, with the reason,
/// when the corpus is not there, so the core suite stays green without it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string corpus)
    {
        if (!Directory.Exists(TestPaths.Corpus(corpus)))
        {
            Skip = $"shared corpus '{corpus}' not found at {TestPaths.Corpus(corpus)}";
        }
    }
}

/// <summary>A theory over a shared corpus; skipped when the corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute(string corpus)
    {
        if (!Directory.Exists(TestPaths.Corpus(corpus)))
        {
            Skip = $"shared corpus '{corpus}' not found at {TestPaths.Corpus(corpus)}";
        }
    }
}
