using BenchmarkDotNet.Running;
using WorkTeam.Benchmarks;

// `side-by-side CORPUS`: the whole-process measurement the comparison script runs (load, then
// segment every line, tokens written to a null sink); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "side-by-side")
{
    return SideBySide.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "extract-profile")
{
    return ExtractProfile.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "jiebanet-parity")
{
    return JiebaNetParity.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "division-load")
{
    return DivisionLoad.Run();
}
BenchmarkSwitcher.FromAssembly(typeof(SideBySide).Assembly).Run(args);
return 0;
