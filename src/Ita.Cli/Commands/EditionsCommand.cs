using System.CommandLine;
using System.Globalization;
using Ita.Model;

namespace Ita.Cli;

/// <summary><c>ita editions</c>: list the built-in editions.</summary>
internal static class EditionsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("editions", "List the built-in editions with their fiscal years and evidence.");
        command.SetAction(_ =>
        {
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
