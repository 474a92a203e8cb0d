using System.CommandLine;
using System.Globalization;
using System.Text;
using Ita.Model;
using Ita.Model.Documents;
using Ita.Model.Office.Excel;
using Ita.Model.Serialization;

namespace Ita.Cli;

/// <summary><c>ita editions [--format text|json] [--edition-file f]</c>: list the editions;
/// <c>ita editions diff &lt;a&gt; &lt;b&gt; [--format text|json]</c>: every item's mapping between two editions.</summary>
internal static class EditionsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json", "xlsx");
        var output = CommandOutput.Out("list");
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("editions", "List the editions (built-in and --edition-file) with their fiscal years, what is known and the evidence.") { format, editionFile, output };
        command.SetAction(parse =>
        {
            CommandOutput.Check(parse, output, format, parse.GetValue(editionFile) ?? []);
            var editions = (CommonOptions.Editions(parse, editionFile) ?? new EditionRegistry()).Editions;
            return CommandOutput.Emit(
                context,
                parse,
                format,
                output,
                () => string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal) ? ItaJson.EditionListToJson(editions) + "\n" : List(editions),
                stream => ExcelExport.WriteEditions(editions, stream));
        });
        command.Subcommands.Add(Diff(context));
        return command;
    }

    private static string List(IEnumerable<Edition> editions)
    {
        var w = new StringBuilder();
        foreach (var edition in editions)
        {
            var partial = edition.IsPartial ? " Partial edition: scored from indicator scores where items are not known." : string.Empty;
            var lineage = edition.Lineage is { } l ? $" Lineage from {l.FromEditionId}." : string.Empty;
            w.Append(CultureInfo.InvariantCulture, $"{edition.Id,-10} FY {string.Join(", ", edition.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}  {edition.English}\n");
            w.Append(CultureInfo.InvariantCulture, $"           {edition.Items.Count.ToString(CultureInfo.InvariantCulture)} items. {edition.DescribeItemRanges()} Grading: {edition.Grading.Id}.{partial}{lineage}\n");
            w.Append(CultureInfo.InvariantCulture, $"           evidence: {edition.Evidence}\n");
        }

        return w.ToString();
    }

    private static Command Diff(CliContext context)
    {
        var format = CommonOptions.Format("text", "json", "xlsx");
        var output = CommandOutput.Out("mapping");
        var editionFile = CommonOptions.EditionFile();
        var from = new Argument<string>("from") { Description = "The earlier edition: an id (2568) or a fiscal year." };
        var to = new Argument<string>("to") { Description = "The later edition: an id (2569) or a fiscal year." };
        var command = new Command("diff", "Print every item's mapping between two editions (same, renamed, merged, split, replaced, new, removed) with its evidence, from the editions' declared lineage.")
        {
            from, to, format, editionFile, output,
        };
        command.SetAction(parse =>
        {
            CommandOutput.Check(parse, output, format, parse.GetValue(editionFile) ?? []);
            var registry = CommonOptions.Editions(parse, editionFile) ?? new EditionRegistry();
            var diff = EditionDiff.Compare(Resolve(registry, parse.GetRequiredValue(from)), Resolve(registry, parse.GetRequiredValue(to)), registry);
            return CommandOutput.Emit(
                context,
                parse,
                format,
                output,
                () => string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal) ? ItaJson.EditionDiffToJson(diff) + "\n" : DiffText(diff),
                stream => ExcelExport.WriteEditionDiff(diff, stream));
        });
        return command;
    }

    private static string DiffText(EditionDiff diff)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        w.WriteLine($"Edition {diff.From.Id} → {diff.To.Id}{(diff.Path.Count > 2 ? " via " + string.Join(" → ", diff.Path) : string.Empty)}: {diff.Items.Count.ToString(CultureInfo.InvariantCulture)} mappings");
        foreach (var group in diff.Items.GroupBy(i => i.Change).OrderBy(g => g.Key))
        {
            w.WriteLine($"  {ItemLineage.NameOf(group.Key)}: {group.Count().ToString(CultureInfo.InvariantCulture)}");
        }

        w.WriteLine();
        foreach (var item in diff.Items)
        {
            var left = item.From.Count == 0 ? "–" : string.Join(", ", item.From);
            var right = item.To.Count == 0 ? "–" : string.Join(", ", item.To);
            w.WriteLine($"{left,-10} → {right,-10} {ItemLineage.NameOf(item.Change),-9} [{JsonNames(item.Evidence.Provenance)}]{(item.Note is null ? string.Empty : " " + item.Note)}");
        }

        return w.ToString();
    }

    private static string JsonNames(Provenance provenance) => provenance switch
    {
        Provenance.Official => "official",
        Provenance.Arith => "arith",
        Provenance.Replica => "replica",
        Provenance.Summary => "summary",
        Provenance.Inferred => "inferred",
        _ => "provisional",
    };

    private static Edition Resolve(IEditionRegistry registry, string text)
    {
        if (registry.TryForId(text, out var edition))
        {
            return edition;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? registry.ForFiscalYear(year)
            : registry.ForId(text);
    }
}
