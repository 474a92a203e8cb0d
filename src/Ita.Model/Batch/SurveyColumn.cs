using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>One column of a survey tool: one part of one item.</summary>
internal sealed class SurveyColumn(QuestionItem item, int part)
{
    public QuestionItem Item { get; } = item;

    public string Code => Item.Code;

    public int Part { get; } = part;

    public int PartCount => Item.Parts.Count;

    /// <summary>Gets the number of levels of the part's scale in the layout edition: every stored byte is below it or
    /// <see cref="SurveyColumns.Skipped"/>.</summary>
    public int LevelCount => Item.Parts[Part].Scale.Levels.Count;
}
