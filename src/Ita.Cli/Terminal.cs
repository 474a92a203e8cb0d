using System.Globalization;

namespace Ita.Cli;

/// <summary>The terminal the output is shown on: its width and whether it takes colour.</summary>
/// <param name="Width">The columns text is laid out for.</param>
/// <param name="Colour">Whether text output is coloured (ANSI).</param>
internal sealed record Terminal(int Width, bool Colour)
{
    /// <summary>The width of text that is not shown on a terminal, and the narrowest layout used.</summary>
    public const int DefaultWidth = 80;

    /// <summary>No terminal: 80 columns, no colour.</summary>
    public static Terminal None { get; } = new(DefaultWidth, false);

    /// <summary>Detects the console: its width (<c>COLUMNS</c> when set, else the window's; at least 80) when standard
    /// output is a terminal, else 80; colour only on a terminal, without <c>NO_COLOR</c>, and not with
    /// <c>TERM=dumb</c>.</summary>
    public static Terminal Detect()
    {
        var redirected = Console.IsOutputRedirected;
        var width = DefaultWidth;
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            width = columns;
        }
        else if (!redirected)
        {
            try
            {
                width = Console.WindowWidth > 0 ? Console.WindowWidth : DefaultWidth;
            }
            catch (IOException)
            {
                width = DefaultWidth;
            }
        }

        var colour = !redirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        return new Terminal(Math.Max(DefaultWidth, width), colour);
    }
}
