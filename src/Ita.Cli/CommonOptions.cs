using System.CommandLine;
using System.Globalization;
using Ita.Model;
using Ita.Model.Documents;

namespace Ita.Cli;

/// <summary>Options shared by commands.</summary>
internal static class CommonOptions
{
    /// <summary>Creates <c>--format</c>/<c>-f</c> accepting <paramref name="formats"/>; the first is the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        CliParsing.OneOf(option, formats);
        return option;
    }

    /// <summary>Creates <c>--strict</c>: reject properties the contract does not define instead of keeping them.</summary>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Reject properties the JSON contract does not define (by default they are kept and ignored).",
    };

    /// <summary>The read options a command's <c>--strict</c> asks for (and its <c>--limit</c>, if it has one).</summary>
    public static DocumentReadOptions ReadOptions(ParseResult parse, Option<bool> strict) => ReadOptions(parse, strict, null);

    /// <summary>The read options a command's <c>--strict</c>, <c>--edition-file</c> and <c>--limit</c> ask for.</summary>
    public static DocumentReadOptions ReadOptions(ParseResult parse, Option<bool>? strict, IEditionRegistry? editions)
    {
        var defaults = DocumentReadOptions.Default;
        var limits = new Dictionary<string, long>(StringComparer.Ordinal);
        var limit = parse.CommandResult.Command.Options.OfType<Option<string[]>>().FirstOrDefault(o => string.Equals(o.Name, "--limit", StringComparison.Ordinal));
        foreach (var text in (limit is null ? null : parse.GetValue(limit)) ?? [])
        {
            var (name, value) = ParseLimit(text)!.Value; // checked by the option's validator; the last one given wins
            limits[name] = value;
        }

        return new DocumentReadOptions
        {
            RejectUnknownProperties = strict is not null && parse.GetValue(strict),
            Editions = editions,
            MaxBytes = limits.GetValueOrDefault("document-bytes", defaults.MaxBytes),
            MaxDepth = (int)limits.GetValueOrDefault("depth", defaults.MaxDepth),
            MaxRespondentsPerUnit = (int)limits.GetValueOrDefault("respondents", defaults.MaxRespondentsPerUnit),
            MaxAnswersPerRespondent = (int)limits.GetValueOrDefault("answers", defaults.MaxAnswersPerRespondent),
        };
    }

    /// <summary>The names of the document limits <c>--limit</c> sets, with their ranges.</summary>
    private static readonly (string Name, long Min, long Max)[] DocumentLimitNames =
    [
        ("document-bytes", 1, int.MaxValue),
        ("depth", 8, 256),
        ("respondents", 1, int.MaxValue),
        ("answers", 1, int.MaxValue),
    ];

    /// <summary>Creates <c>--limit NAME=N</c> (repeatable) for a command that reads JSON documents
    /// (<see cref="DocumentReadOptions"/>; docs/reliability.md).</summary>
    public static Option<string[]> DocumentLimits()
    {
        var option = new Option<string[]>("--limit")
        {
            Description = "Raise or lower a document reading limit, NAME=N (repeatable): document-bytes (67108864), depth (8–256, 64), respondents per tool (100000), answers per respondent (1000).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        option.Validators.Add(result =>
        {
            foreach (var text in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (ParseLimit(text) is null)
                {
                    result.AddError($"--limit takes NAME=N with NAME one of {string.Join(", ", DocumentLimitNames.Select(l => l.Name))} and N a whole number in its range (depth 8–256, the others at least 1), not '{text}'.");
                }
            }
        });
        return option;
    }

    private static (string Name, long Value)? ParseLimit(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0 || !long.TryParse(text.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var name = text[..eq].Trim();
        foreach (var (known, min, max) in DocumentLimitNames)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return value >= min && value <= max ? (known, value) : null;
            }
        }

        return null;
    }

    /// <summary>Creates <c>--edition-file</c>: an edition definition to load (repeatable) next to the built-in ones.</summary>
    public static Option<FileInfo[]> EditionFile() => new("--edition-file")
    {
        Description = "Load this edition definition (docs/edition-format.md, docs/custom-editions.md) and use it next to the built-in editions; it replaces a built-in edition with the same id or fiscal years. Repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The editions a command's <c>--edition-file</c> asks for: the built-in ones with each file's edition
    /// registered over them, or <see langword="null"/> (the built-in editions) when none is given.</summary>
    public static IEditionRegistry? Editions(ParseResult parse, Option<FileInfo[]> editionFile)
    {
        var files = parse.GetValue(editionFile);
        if (files is null || files.Length == 0)
        {
            return null;
        }

        var registry = new EditionRegistry();
        foreach (var file in files)
        {
            registry.Register(Edition.LoadFile(file.FullName), replace: true);
        }

        return registry;
    }

    /// <summary>Whether the command being run writes a format a program reads (JSON, CSV, Markdown or HTML), which
    /// is never wrapped or coloured.</summary>
    public static bool IsMachineReadable(ParseResult parse)
    {
        if (parse.Errors.Count > 0)
        {
            return false;
        }

        var format = parse.CommandResult.Command.Options.FirstOrDefault(o => string.Equals(o.Name, "--format", StringComparison.Ordinal));
        return format is not null && parse.GetResult(format)?.GetValueOrDefault<object?>() is string value && !string.Equals(value, "text", StringComparison.Ordinal);
    }

    /// <summary>Whether the command being run was asked for <c>--format json</c>.</summary>
    public static bool IsJson(ParseResult parse)
    {
        foreach (var option in parse.CommandResult.Command.Options)
        {
            if (option is Option<string> { Name: "--format" } format)
            {
                return string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>Creates <c>--lang</c> accepting <c>both</c> (Thai with English, the default), <c>th</c> and <c>en</c>.</summary>
    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Label language: both (Thai with English), th, en.",
            DefaultValueFactory = _ => "both",
        };
        CliParsing.OneOf(option, "both", "th", "en");
        return option;
    }

    /// <summary>Creates <c>--thai-digits</c>: numbers, years and dates in Thai digits (๙๐.๔๒), as agencies publish them.</summary>
    public static Option<bool> ThaiDigits() => new("--thai-digits")
    {
        Description = "Write numbers, years and dates with Thai digits (๙๐.๔๒).",
    };

    public static Ita.Model.Reports.ReportOptions ReportOptions(string? language, bool thaiDigits) => new(ReportLanguage(language), thaiDigits);

    /// <summary>The report options of a command's <c>--lang</c> and <c>--thai-digits</c>, text laid out for the
    /// terminal's width.</summary>
    public static Ita.Model.Reports.ReportOptions ReportOptions(CliContext context, string? language, bool thaiDigits) =>
        new(ReportLanguage(language), thaiDigits) { TextColumns = context.Width };

    public static Ita.Model.Reports.ReportLanguage ReportLanguage(string? value) => value switch
    {
        "th" => Ita.Model.Reports.ReportLanguage.Thai,
        "en" => Ita.Model.Reports.ReportLanguage.English,
        _ => Ita.Model.Reports.ReportLanguage.Bilingual,
    };

    public static Ita.Model.Reports.ReportFormat ReportFormat(string? value) => value switch
    {
        "markdown" => Ita.Model.Reports.ReportFormat.Markdown,
        "html" => Ita.Model.Reports.ReportFormat.Html,
        _ => Ita.Model.Reports.ReportFormat.Text,
    };
}
