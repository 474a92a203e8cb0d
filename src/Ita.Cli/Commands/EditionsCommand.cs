using System.CommandLine;
using System.Globalization;
using Ita.Model;
using Ita.Model.Documents;
using Ita.Model.Serialization;

namespace Ita.Cli;

/// <summary><c>ita editions [--format text|json]</c>: list the built-in editions.</summary>
internal static class EditionsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json");
        var command = new Command("editions", "List the built-in editions with their fiscal years and evidence.") { format };
        command.SetAction(parse =>
        {
            if (string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal))
            {
                context.Out.WriteLine(ItaJson.EditionListToJson(Edition.All));
                return CliApp.Success;
            }

            foreach (var edition in Edition.All)
            {
                context.Out.WriteLine($"{edition.Id,-10} FY {string.Join(", ", edition.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}  {edition.English}");
                context.Out.WriteLine($"           {edition.Items.Count.ToString(CultureInfo.InvariantCulture)} items. {edition.DescribeItemRanges()} Grading: {edition.Grading.Id}.");
                context.Out.WriteLine($"           evidence: {edition.Evidence}");
            }

            return CliApp.Success;
        });
        return command;
    }
}
