using System.CommandLine;
using System.Text;

namespace Ita.Cli;

/// <summary>Where a command's result goes: the terminal, or the file named by <c>--out</c> — an Excel workbook when
/// the file ends in <c>.xlsx</c> or <c>--format xlsx</c> is given, otherwise the <c>--format</c> output as text. The
/// target is checked before any input is read and written through <see cref="OutputFile"/> (never half-written).</summary>
internal static class CommandOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates <c>--out</c>/<c>-o</c> for a command whose result is <paramref name="what"/>.</summary>
    public static Option<FileInfo?> Out(string what) => new("--out", "-o")
    {
        Description = $"Write the {what} to this file instead of the terminal: a name ending in .xlsx writes an Excel workbook (as --format xlsx does, which needs --out); any other name gets the --format output.",
    };

    /// <summary>Checks the <c>--out</c> target, if any, before any input is read: it must be writable and none of
    /// <paramref name="inputs"/>; <c>--format xlsx</c> needs it.</summary>
    /// <exception cref="OutputTargetException">The target cannot be written.</exception>
    public static void Check(ParseResult parse, Option<FileInfo?> output, Option<string>? format, params FileInfo?[] inputs)
    {
        if (parse.GetValue(output) is { } target)
        {
            OutputFile.CheckTarget(target.FullName, inputs.OfType<FileInfo>().Select(f => f.FullName));
        }
        else if (format is not null && string.Equals(parse.GetValue(format), "xlsx", StringComparison.Ordinal))
        {
            throw new OutputTargetException("--format xlsx writes a file: give it with --out FILE.xlsx.");
        }
    }

    /// <summary>Writes the result: as a workbook through <paramref name="xlsx"/> when one is asked for, otherwise the
    /// text <paramref name="render"/> returns, to <c>--out</c> or the terminal.</summary>
    /// <returns><paramref name="exitCode"/>.</returns>
    public static int Emit(CliContext context, ParseResult parse, Option<string> format, Option<FileInfo?> output, Func<string> render, Action<Stream> xlsx, int exitCode = CliApp.Success)
    {
        var target = parse.GetValue(output);
        if (OfficeOutput.WantsXlsx(parse.GetValue(format), target))
        {
            if (target is null)
            {
                return OfficeOutput.NeedsOut(context, "xlsx");
            }

            OfficeOutput.Write(context, target, xlsx);
            return exitCode;
        }

        var text = render();
        if (target is null)
        {
            context.Out.Write(text);
            return exitCode;
        }

        OutputFile.Write(target.FullName, stream => stream.Write(Utf8.GetBytes(text)));
        context.Out.WriteLine($"wrote {target.Name}");
        return exitCode;
    }
}
