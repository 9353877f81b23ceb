using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>The place facts of a text as the place tests compare them: name, span, level, code and parent, in text order.</summary>
internal static class PlaceRows
{
    private static readonly EntityExtractor Extractor = new();

    public static List<(string Name, int Start, int End, string Level, string? Code, string? Parent)> PlacesIn(string text) =>
        [.. Extractor.Extract(text, FactKinds.Place).Select(f => (f.Name!, f.Start, f.End, Gazetteer.LevelName(f.Level!.Value), f.Code, f.Parent))];
}
