namespace WorkTeam.Extraction.Text;

/// <summary>Which of the two Chinese scripts a text is written in.</summary>
public enum Script
{
    /// <summary>No character that belongs to only one script was found (no Chinese, or only shared characters).</summary>
    Unknown,
    /// <summary>Simplified characters (简体), as used in the mainland.</summary>
    Simplified,
    /// <summary>Traditional characters (繁體), as used in Taiwan, Hong Kong and older texts.</summary>
    Traditional,
    /// <summary>Both scripts in substantial shares.</summary>
    Mixed,
}
