using PublicApiGenerator;
using WorkTeam.Topics;

namespace WorkTeam.Topics.Tests.PublicApi;

/// <summary>
/// The library's public surface is a reviewed file: any change to it shows as a diff of
/// WorkTeam.Topics.approved.txt. To accept a change, copy the .received.txt written beside it.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_API_is_the_approved_one()
    {
        string actual = typeof(TopicModel).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n");
        string dir = Path.Combine(TestPaths.RepoRoot, "tests", "WorkTeam.Topics.Tests", "PublicApi");
        string approvedPath = Path.Combine(dir, "WorkTeam.Topics.approved.txt");
        string receivedPath = Path.Combine(dir, "WorkTeam.Topics.received.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API changed. Review {receivedPath} and, if intended, copy it over {approvedPath}.");
        }
        File.Delete(receivedPath);
    }
}
