using Ita.Model.Documents;

namespace Ita.Cli;

/// <summary>The built-in sample: อบต.บ้านกุ่ม's FY 2568 item scores, as published in its own report.</summary>
internal static class Samples
{
    public static AssessmentDocument Default()
    {
        using var stream = typeof(Samples).Assembly.GetManifestResourceStream("Ita.Cli.Samples.bankum-2568.json")
            ?? throw new InvalidOperationException("The built-in sample is missing from the tool (a packaging bug).");
        return AssessmentDocument.Load(stream, "built-in sample bankum-2568.json");
    }
}
