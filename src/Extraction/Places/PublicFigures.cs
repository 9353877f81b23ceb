namespace WorkTeam.Extraction.Places;

/// <summary>
/// National leaders, named in reports without a title (学习贯彻习近平新时代…思想): people to the person
/// recognizer, and never the start of a place to the place recognizer (习近平 is not 近平). Kept in
/// the lower stage that both read, so that neither recognizer reaches into the other.
/// </summary>
internal static class PublicFigures
{
    public static readonly string[] Names = ["习近平", "李克强", "江泽民", "胡锦涛", "邓小平", "毛泽东", "周恩来", "温家宝", "朱镕基", "李鹏", "刘少奇"];
}
