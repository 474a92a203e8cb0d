namespace Ita.Model.Reports;

internal abstract class ReportBlock;
