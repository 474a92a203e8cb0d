namespace Ita.Cli;

/// <summary>What every command writes to, and how text is laid out there.</summary>
/// <param name="Out">Standard output (wrapped to <see cref="Width"/> unless the output is machine-readable).</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>Gets or sets standard output.</summary>
    public TextWriter Out { get; set; } = Out;

    /// <summary>Gets or sets standard error.</summary>
    public TextWriter Error { get; set; } = Error;

    /// <summary>Gets or sets the columns text output is laid out for.</summary>
    public int Width { get; set; } = Terminal.DefaultWidth;

    /// <summary>Gets or sets a value indicating whether text output is coloured.</summary>
    public bool Colour { get; set; }
}
