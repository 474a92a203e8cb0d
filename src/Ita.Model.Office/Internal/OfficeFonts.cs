namespace Ita.Model.Office.Internal;

/// <summary>The government document style (ระเบียบงานสารบรรณ): TH Sarabun New 16 pt, with a Thai fallback.</summary>
internal static class OfficeFonts
{
    /// <summary>The font agencies type their documents in.</summary>
    public const string Primary = "TH Sarabun New";

    /// <summary>The font used for complex scripts when TH Sarabun New is missing (Thai glyphs, Free licence, in Debian's
    /// fonts-tlwg packages and in LibreOffice's bundled fonts).</summary>
    public const string ThaiFallback = "Loma";

    /// <summary>Body size in half-points (16 pt).</summary>
    public const string BodyHalfPoints = "32";

    /// <summary>Body size in points (16 pt).</summary>
    public const double BodyPoints = 16;
}
