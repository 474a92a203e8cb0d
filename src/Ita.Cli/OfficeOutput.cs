namespace Ita.Cli;

/// <summary>Writes the Office files (.xlsx, .docx) commands produce: to a temporary file next to the target, renamed
/// into place only when the whole file was written, so a failure never leaves a half-written document.</summary>
internal static class OfficeOutput
{
    /// <summary>Whether <paramref name="format"/> or the extension of <paramref name="target"/> asks for a workbook.</summary>
    public static bool WantsXlsx(string? format, FileInfo? target) =>
        string.Equals(format, "xlsx", StringComparison.Ordinal)
        || (target is not null && string.Equals(target.Extension, ".xlsx", StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes a file through <paramref name="write"/> and reports it on <paramref name="context"/>'s output.</summary>
    public static void Write(CliContext context, FileInfo target, Action<Stream> write)
    {
        OutputFile.Write(target.FullName, write);
        context.Out.WriteLine($"wrote {target.Name}");
    }

    /// <summary>The error printed when a binary format is asked for without a file to write it to.</summary>
    public static int NeedsOut(CliContext context, string format)
    {
        context.Error.WriteLine($"error: --format {format} writes a file: give it with --out FILE.{format}.");
        return CliApp.InvalidInput;
    }
}
