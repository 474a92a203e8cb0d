using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ita.Cli;

/// <summary>What the command line says when it cannot run a command: unknown options and commands named with the
/// closest valid one, values described in the user's terms, a directory given where a file is expected, and the
/// help text (optional arguments shown as optional, wrapped to the terminal).</summary>
internal static partial class CliParsing
{
    /// <summary>The problems of a parse, as the lines to print after <c>error: </c>; empty when the command can run.</summary>
    public static IReadOnlyList<string> Problems(ParseResult result, RootCommand root)
    {
        var unknown = UnknownTokens(result, root);
        if (unknown.Count > 0)
        {
            // An unknown option also leaves its value unmatched; those follow-on errors would only confuse.
            return unknown;
        }

        var problems = result.Errors.Select(e => Describe(e.Message)).ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(EmptyNames(result));
        }

        if (problems.Count == 0)
        {
            problems.AddRange(Directories(result));
        }

        return problems;
    }

    /// <summary>Options that no command defines (bound as arguments or left unmatched), and an unknown command.</summary>
    private static List<string> UnknownTokens(ParseResult result, RootCommand root)
    {
        var command = result.CommandResult.Command;
        var path = CommandPath(result.CommandResult);
        var problems = new List<string>();
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value))
            {
                var name = token.Value.Split('=', 2)[0];
                var suggestion = Closest(name, OptionNames(result.CommandResult));
                problems.Add($"unknown option '{name}' for '{path}'" + (suggestion is null ? $"; see '{path} --help'." : $"; did you mean '{suggestion}'?"));
            }
        }

        if (problems.Count == 0 && ReferenceEquals(command, root) && result.UnmatchedTokens.Count > 0)
        {
            var name = result.UnmatchedTokens[0];
            var suggestion = Closest(name, root.Subcommands.Select(c => c.Name));
            problems.Add($"unknown command '{name}'" + (suggestion is null ? "; run 'ita' to list the commands." : $"; did you mean 'ita {suggestion}'?"));
        }

        return problems;
    }

    /// <summary>A token that starts like an option and is not a negative number.</summary>
    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            names.Add(c.Parent is null ? "ita" : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The names and aliases of the options valid under a command (its own and recursive ones above it).</summary>
    private static List<string> OptionNames(CommandResult result)
    {
        var names = new List<string>();
        var own = true;
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent, own = false)
        {
            foreach (var option in c.Command.Options.Where(o => own || o.Recursive))
            {
                names.Add(option.Name);
                names.AddRange(option.Aliases);
            }
        }

        return names;
    }

    /// <summary>The candidate closest to <paramref name="name"/> by edit distance, when it is close enough to be
    /// a likely typing slip (at most a third of the name's letters), ignoring case.</summary>
    internal static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var letters = name.TrimStart('-').Length;
        return best is not null && bestDistance <= Math.Max(1, (letters + 2) / 3) ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Rewrites the parser's messages that name .NET types in the user's terms.</summary>
    internal static string Describe(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value;
        var expected = type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal)
            ? "a number such as 85"
            : type.Contains("Int", StringComparison.Ordinal)
                ? "a whole number such as 12"
                : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
                : type.Contains("FileInfo", StringComparison.Ordinal) ? "a file name"
                : type.Contains("DirectoryInfo", StringComparison.Ordinal) ? "a directory name" : "a different value";
        return $"{match.Groups["symbol"].Value} expects {expected}, not '{match.Groups["value"].Value}'.";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command|argument) '(?<symbol>[^']*)' as expected type '(?<type>[^']*)'\.$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CannotParse();

    /// <summary>File names given as empty text (<c>ita batch ""</c>, <c>--group-out ""</c>): the parser reports an
    /// empty name for a single file only, and for a list of files either drops it or fails later.</summary>
    private static IEnumerable<string> EmptyNames(ParseResult result)
    {
        foreach (var child in result.CommandResult.Children)
        {
            var (type, name, tokens) = child switch
            {
                ArgumentResult a => (a.Argument.ValueType, $"<{a.Argument.Name}>", a.Tokens),
                OptionResult o => (o.Option.ValueType, o.Option.Name, o.Tokens),
                _ => (typeof(void), string.Empty, (IReadOnlyList<Token>)[]),
            };
            if ((type == typeof(FileInfo) || type == typeof(FileInfo[])) && tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                yield return $"{name} expects a file name, not '{tokens.First(t => string.IsNullOrWhiteSpace(t.Value)).Value}'.";
            }
        }
    }

    /// <summary>Input files (arguments and options other than <c>--out…</c>) that name a directory.</summary>
    private static IEnumerable<string> Directories(ParseResult result)
    {
        foreach (var child in result.CommandResult.Children)
        {
            var files = child switch
            {
                ArgumentResult a when a.Argument.ValueType == typeof(FileInfo) => [a.GetValueOrDefault<FileInfo?>()],
                ArgumentResult a when a.Argument.ValueType == typeof(FileInfo[]) => a.GetValueOrDefault<FileInfo[]?>() ?? [],
                OptionResult o when o.Option.ValueType == typeof(FileInfo) && !o.Option.Name.StartsWith("--out", StringComparison.Ordinal) => [o.GetValueOrDefault<FileInfo?>()],
                _ => Array.Empty<FileInfo?>(),
            };
            foreach (var file in files)
            {
                if (file is not null && Directory.Exists(file.FullName))
                {
                    yield return $"{file} is a directory; give a file.";
                }
            }
        }
    }

    /// <summary>Help wrapped to the context's width; <c>ita --help</c> (and <c>ita</c> alone) lists the commands
    /// with optional arguments shown as optional (<c>report [&lt;file&gt;]</c>).</summary>
    /// <summary>Whether the line asks for help (<c>--help</c>, <c>-h</c>, <c>-?</c>): then the help is printed and
    /// the line's other problems do not matter.</summary>
    public static bool AsksForHelp(ParseResult result) => result.Action is HelpAction or RootHelpAction;

    public static void ConfigureHelp(RootCommand root, CliContext context)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction help)
            {
                option.Action = new RootHelpAction(help, root, context);
            }
        }
    }

    internal static string Usage(Command command)
    {
        var parts = new List<string> { command.Name };
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var label = $"<{argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);
            parts.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The root's help: the commands and the options every command takes, in two wrapped columns.</summary>
    private sealed class RootHelpAction(HelpAction inner, RootCommand root, CliContext context) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            if (!ReferenceEquals(parseResult.CommandResult.Command, root))
            {
                inner.MaxWidth = context.Width;
                return inner.Invoke(parseResult);
            }

            var output = context.Out;
            foreach (var line in Ita.Model.Reports.TextWidth.Wrap(root.Description ?? "ita", context.Width))
            {
                output.WriteLine(line);
            }

            output.WriteLine();
            output.WriteLine("Usage: ita <command> [arguments] [options]");
            output.WriteLine();
            output.WriteLine("Commands:");
            Columns(output, root.Subcommands.Where(c => !c.Hidden).Select(c => (Usage(c), c.Description ?? string.Empty)).ToList());
            output.WriteLine();
            output.WriteLine("Options:");
            Columns(output, root.Options.Where(o => !o.Hidden).Select(o => (string.Join(", ", o.Aliases.Where(a => a.StartsWith('-')).Order(StringComparer.Ordinal).Append(o.Name)) + (o.ValueType == typeof(bool) || o is HelpOption || o is VersionOption ? string.Empty : $" <{o.HelpName ?? "n"}>"), o.Description ?? string.Empty)).ToList());
            output.WriteLine();
            output.WriteLine("Run 'ita <command> --help' for a command's arguments and options.");
            return 0;
        }

        private void Columns(TextWriter output, List<(string Left, string Right)> rows)
        {
            var left = rows.Max(r => r.Left.Length) + 4;
            var right = Math.Max(20, context.Width - left);
            foreach (var (name, description) in rows)
            {
                var lines = Ita.Model.Reports.TextWidth.Wrap(description, right);
                output.WriteLine(("  " + name).PadRight(left) + lines[0]);
                foreach (var more in lines.Skip(1))
                {
                    output.WriteLine(new string(' ', left) + more);
                }
            }
        }
    }

    /// <summary>Makes a string option accept one of <paramref name="values"/> in any letter case, storing the
    /// value as written in <paramref name="values"/>; a value that is none of them is an error naming them all.</summary>
    public static void OneOf<T>(Option<T> option, params string[] values)
        where T : class?
    {
        option.HelpName = string.Join('|', values);
        option.CompletionSources.Add(values);
        option.CustomParser = r =>
        {
            if (r.Tokens.Count == 0)
            {
                return option.DefaultValueFactory is { } d ? d(r) : null;
            }

            var text = r.Tokens[^1].Value;
            var match = values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                var close = Closest(text, values);
                r.AddError($"{option.Name} must be one of {string.Join(", ", values)}, not '{text}'" + (close is null ? "." : $"; did you mean '{close}'?"));
            }

            return (T?)(object?)match;
        };
    }
}
