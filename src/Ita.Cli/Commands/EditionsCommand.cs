using System.CommandLine;
using System.Globalization;
using Ita.Model;
using Ita.Model.Documents;
using Ita.Model.Serialization;

namespace Ita.Cli;

/// <summary><c>ita editions [--format text|json] [--edition-file f]</c>: list the editions;
/// <c>ita editions diff &lt;a&gt; &lt;b&gt; [--format text|json]</c>: every item's mapping between two editions.</summary>
internal static class EditionsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json");
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("editions", "List the editions (built-in and --edition-file) with their fiscal years, what is known and the evidence.") { format, editionFile };
        command.SetAction(parse =>
        {
            var editions = (CommonOptions.Editions(parse, editionFile) ?? new EditionRegistry()).Editions;
            if (string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal))
            {
                context.Out.WriteLine(ItaJson.EditionListToJson(editions));
                return CliApp.Success;
            }

            foreach (var edition in editions)
            {
                var partial = edition.IsPartial ? " Partial edition: scored from indicator scores where items are not known." : string.Empty;
                var lineage = edition.Lineage is { } l ? $" Lineage from {l.FromEditionId}." : string.Empty;
                context.Out.WriteLine($"{edition.Id,-10} FY {string.Join(", ", edition.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}  {edition.English}");
                context.Out.WriteLine($"           {edition.Items.Count.ToString(CultureInfo.InvariantCulture)} items. {edition.DescribeItemRanges()} Grading: {edition.Grading.Id}.{partial}{lineage}");
                context.Out.WriteLine($"           evidence: {edition.Evidence}");
            }

            return CliApp.Success;
        });
        command.Subcommands.Add(Diff(context));
        return command;
    }

    private static Command Diff(CliContext context)
    {
        var format = CommonOptions.Format("text", "json");
        var editionFile = CommonOptions.EditionFile();
        var from = new Argument<string>("from") { Description = "The earlier edition: an id (2568) or a fiscal year." };
        var to = new Argument<string>("to") { Description = "The later edition: an id (2569) or a fiscal year." };
        var command = new Command("diff", "Print every item's mapping between two editions (same, renamed, merged, split, replaced, new, removed) with its evidence, from the editions' declared lineage.")
        {
            from, to, format, editionFile,
        };
        command.SetAction(parse =>
        {
            var registry = CommonOptions.Editions(parse, editionFile) ?? new EditionRegistry();
            var diff = EditionDiff.Compare(Resolve(registry, parse.GetRequiredValue(from)), Resolve(registry, parse.GetRequiredValue(to)), registry);
            if (string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal))
            {
                context.Out.WriteLine(ItaJson.EditionDiffToJson(diff));
                return CliApp.Success;
            }

            var w = context.Out;
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

            return CliApp.Success;
        });
        return command;
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
