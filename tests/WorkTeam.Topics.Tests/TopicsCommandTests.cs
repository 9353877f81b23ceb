using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace WorkTeam.Topics.Tests;

/// <summary>`workteam topics` run as its own process, so what reaches file descriptor 1 is what a pipe would get.</summary>
public sealed class TopicsCommandTests
{
    private static string CliDll()
    {
        // tests/WorkTeam.Topics.Tests/bin/<Configuration>/net10.0/ → src/Cli/bin/<Configuration>/net10.0/
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(TestPaths.RepoRoot, "src", "Cli", "bin", framework.Parent!.Name, framework.Name, "WorkTeam.Cli.dll");
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        start.ArgumentList.Add(CliDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    [Fact]
    public void Standard_output_holds_only_the_json_lines_even_with_the_native_sampler_running()
    {
        var (code, stdout, stderr) = Run("topics", "--format", "json", "--topics", "3", "--top-words", "4", "--jobs", "1", "seeds/");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n');
        Assert.Equal("", lines[^1]);
        lines = lines[..^1];
        // LightLDA prints ~44 progress lines per fit with printf; none may reach the data.
        Assert.Equal(3 + 5, lines.Length);
        for (int t = 0; t < 3; t++)
        {
            using var json = JsonDocument.Parse(lines[t]);
            Assert.Equal(t, json.RootElement.GetProperty("topic").GetInt32());
            Assert.Equal(4, json.RootElement.GetProperty("words").GetArrayLength());
            Assert.Equal(4, json.RootElement.GetProperty("weights").GetArrayLength());
        }
        var docs = Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        for (int d = 0; d < 5; d++)
        {
            using var json = JsonDocument.Parse(lines[3 + d]);
            Assert.Equal("seeds/" + docs[d], json.RootElement.GetProperty("doc").GetString());
            var mix = json.RootElement.GetProperty("mix").EnumerateArray().Select(e => e.GetDouble()).ToList();
            Assert.Equal(3, mix.Count);
            Assert.Equal(1.0, mix.Sum(), 2);
        }
        Assert.Contains("workteam: fitting 3 topics on 5 documents (1 thread)...", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_with_one_job_prints_the_same_output_and_a_saved_model_scores_alike()
    {
        var dir = Directory.CreateTempSubdirectory("wt-topics-");
        try
        {
            var model = Path.Combine(dir.FullName, "topics.model");
            var first = Run("topics", "--format", "json", "--topics", "3", "--jobs", "1", "--seed", "5", "--save-model", model, "--quiet", "seeds/");
            var second = Run("topics", "--format", "json", "--topics", "3", "--jobs", "1", "--seed", "5", "--quiet", "seeds/");
            Assert.Equal(0, first.Code);
            Assert.Equal("", first.Stderr);
            Assert.Equal(first.Stdout, second.Stdout);
            var scored = Run("topics", "--format", "json", "--model", model, "--quiet", "seeds/");
            Assert.Equal(0, scored.Code);
            // The loaded model has the same topics; its engine samples each document's mix afresh, so
            // the shares are close to the fit's, not equal (measured: within 0.05).
            var fitted = first.Stdout.Split('\n');
            var loaded = scored.Stdout.Split('\n');
            Assert.Equal(fitted.Length, loaded.Length);
            Assert.Equal(fitted[..3], loaded[..3]);
            for (int d = 3; d < 8; d++)
            {
                using var a = JsonDocument.Parse(fitted[d]);
                using var b = JsonDocument.Parse(loaded[d]);
                Assert.Equal(a.RootElement.GetProperty("doc").GetString(), b.RootElement.GetProperty("doc").GetString());
                var x = a.RootElement.GetProperty("mix").EnumerateArray().Select(e => e.GetDouble()).ToList();
                var y = b.RootElement.GetProperty("mix").EnumerateArray().Select(e => e.GetDouble()).ToList();
                Assert.All(x.Zip(y), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 0.1));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_database_gets_its_two_tables_and_keeps_everything_else()
    {
        var dir = Directory.CreateTempSubdirectory("wt-topics-");
        try
        {
            var db = Path.Combine(dir.FullName, "facts.db");
            using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
            {
                connection.Open();
                using var create = connection.CreateCommand();
                create.CommandText = "CREATE TABLE facts (id INTEGER PRIMARY KEY, doc TEXT, kind TEXT); INSERT INTO facts (doc, kind) VALUES ('a.txt', 'money');";
                create.ExecuteNonQuery();
            }
            for (int round = 0; round < 2; round++)
            {
                var (code, _, stderr) = Run("topics", "--topics", "3", "--top-words", "5", "--db", db, "--quiet", "seeds/");
                Assert.True(code == 0, stderr);
            }
            using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
            {
                connection.Open();
                Assert.Equal("a.txt money", Scalar(connection, "SELECT group_concat(doc || ' ' || kind) FROM facts"));
                Assert.Equal("document_topics facts topics", Scalar(connection, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)"));
                // Run twice, written once: 3 topics of 30 kept words, 5 documents x 3 shares.
                Assert.Equal(90L, Scalar(connection, "SELECT count(*) FROM topics"));
                Assert.Equal(15L, Scalar(connection, "SELECT count(*) FROM document_topics"));
                Assert.Equal(5L, Scalar(connection, "SELECT count(*) FROM (SELECT doc, round(sum(share), 3) AS s FROM document_topics GROUP BY doc) WHERE s = 1.0"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Bad_options_are_usage_errors_named_on_standard_error()
    {
        var one = Run("topics", "--topics", "1", "seeds/");
        var words = Run("topics", "--top-words", "31", "seeds/");
        var model = Run("topics", "--model", "no-such.model", "seeds/");
        Assert.Equal((2, 2, 2), (one.Code, words.Code, model.Code));
        Assert.Equal(("", "", ""), (one.Stdout, words.Stdout, model.Stdout));
        Assert.Equal("workteam: --topics must be at least 2, not 1.\n", one.Stderr);
        Assert.Equal("workteam: --top-words must be from 1 to 30, not 31.\n", words.Stderr);
        Assert.Equal("workteam: --model no-such.model: no such file\n", model.Stderr);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
