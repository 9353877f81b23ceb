namespace WorkTeam.Cli;

internal static class Program
{
    private static int Main(string[] args) => WorkTeamCommand.Run(args, Console.In, Console.Out, Console.Error);
}
